package autogen.cli;

import autogen.tooling.Check;
import autogen.tooling.CheckReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = {"Exit 0 when entities, migrations and database agree (clean); exit 1 when not, "
        + "saying which: edited (an applied revision changed since), heads (the history has several heads), behind "
        + "(revisions pending: the database is not at the head of the history), drift (the entities differ from the "
        + "database at head) or index (the migration index that applications read does not list the history)."},
        footerHeading = "%nExample:%n", footer = "  autogen check --format github    # in a GitHub Actions step")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, github }

    enum Color { auto, always, never }

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|github", description = "text: each problem "
            + "under its label, the drift grouped by table; json for tools: status, problems, pendingRevisions, "
            + "editedRevisions, drift, heads, index, database; github: a GitHub Actions error annotation per finding, on "
            + "the entity, revision or folder it is about, then a summary line (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never", description = "Colour the text "
            + "form: auto colours on a terminal unless NO_COLOR is set or TERM is dumb; always colours even then "
            + "(default: ${DEFAULT-VALUE}).")
    Color color;

    @Option(names = "--explain", description = "Under each difference, what each side has and the rules both were put "
            + "through before the comparison (spellings of types, checks and defaults as PostgreSQL stores them, names as "
            + "folded), to tell a real difference from a blind spot; in every format.")
    boolean explain;

    enum AgainstOption { db, migrations, both }

    @Option(names = "--against", paramLabel = "db|migrations|both", description = "db: the entities against the database "
            + "(the configured one, else the history replayed in the embedded one); migrations: against the history "
            + "replayed in the embedded database even when a url is set; both: the entities against the history, the "
            + "history against the live database (a change by hand: exit 4), and the entities against the live "
            + "database (exit 5 when only that differs); needs a url (default: db).")
    AgainstOption against;

    @Override
    public Integer call() {
        var targets = root.targets();
        if (!targets.names().isEmpty())
            return Fleet.run(root, targets, (name, autogen) -> {
                var found = against == null ? autogen.check() : autogen.check(Check.Against.valueOf(against.name().toUpperCase(java.util.Locale.ROOT)));
                if (found.clean()) return new Fleet.Outcome("clean", ExitCodes.OK);
                return new Fleet.Outcome(String.join(", ", found.problems().stream().map(Check.CheckResult.Problem::label).toList())
                        + " (`autogen --target " + name + " check` shows the report)", exitCode(found));
            });
        var autogen = root.autogen();
        var result = against == null ? autogen.check() : autogen.check(Check.Against.valueOf(against.name().toUpperCase(java.util.Locale.ROOT)));
        var report = new CheckReport(result, explain);
        root.out().print(switch (format) {
            case text -> report.text(colour());
            case json -> report.json();
            case github -> report.github(autogen.config(), workspace());
        });
        return exitCode(result);
    }

    private static int exitCode(Check.CheckResult result) {
        if (result.clean()) return ExitCodes.OK;
        return switch (result.problems().get(0)) {
            case CHANGED -> ExitCodes.CHANGED;
            case LIVE -> ExitCodes.LIVE;
            default -> ExitCodes.DRIFT;
        };
    }

    /** no-color.org: NO_COLOR set to anything but the empty string switches colour off, unless asked for by flag. */
    private boolean colour() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> root.terminal() && root.environment("NO_COLOR").isEmpty()
                    && !root.environment("TERM").equals("dumb");
        };
    }

    /** What annotation paths are relative to: the checked-out repository in GitHub Actions, else the working directory. */
    private Path workspace() {
        String workspace = root.environment("GITHUB_WORKSPACE");
        return workspace.isEmpty() ? Path.of("") : Path.of(workspace);
    }
}
