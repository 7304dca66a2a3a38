package autogen.cli;

import autogen.tooling.Check.CheckResult;
import autogen.tooling.Check.CheckResult.Problem;
import autogen.render.DiffPrinter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = {"Exit 0 when entities, migrations and database agree (clean); exit 1 when not, "
        + "saying which: edited (an applied revision changed since), behind (revisions pending: the database is not at "
        + "the head of the history), drift (the entities differ from the database at head) or index (the migration index "
        + "that applications read does not list the history)."},
        footerHeading = "%nExample:%n", footer = "  autogen check --format json")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text, or json for tools: status, problems, "
            + "pendingRevisions, editedRevisions, drift (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        var result = root.autogen().check();
        var out = root.out();
        if (format == Format.json) {
            out.print(json(result));
            return result.clean() ? ExitCodes.OK : ExitCodes.DRIFT;
        }
        // each problem under its label, as --format json names it, most serious first
        result.edited().forEach(e -> out.println(Problem.EDITED.label() + ": " + e));
        if (!result.pendingRevisions().isEmpty()) {
            out.println(Problem.BEHIND.label() + ": " + result.database() + " is not at the head of the history; pending revisions:");
            result.pendingRevisions().forEach(r -> out.println("  " + r));
            out.println("Run `autogen upgrade head`; the entities are compared with the database once it is at head.");
        }
        if (!result.drift().isEmpty()) {
            out.println(Problem.DRIFT.label() + ": the entities differ from " + result.database() + " at the head of the history:");
            out.print(DiffPrinter.text(result.drift()));
            out.println("Run `autogen revision -m MESSAGE` to write a migration for this.");
        }
        result.index().ifPresent(problem -> out.println(Problem.INDEX.label() + ": " + problem));
        if (result.clean()) out.println("clean: no drift; the entities, the migrations and " + result.database() + " agree.");
        return result.clean() ? ExitCodes.OK : ExitCodes.DRIFT;
    }

    static String json(CheckResult result) {
        return DiffPrinter.json(result.status(), result.problems().stream().map(Problem::label).toList(),
                result.pendingRevisions(), result.edited(), result.drift());
    }
}
