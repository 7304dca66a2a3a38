package autogen.cli;

import autogen.tooling.RevisionPreview;
import autogen.tooling.RevisionRequest;
import autogen.config.AutogenConfig;
import autogen.diff.RenameQuestioner;
import autogen.lint.Finding;
import autogen.lint.Safety;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import autogen.render.OperationSource;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "revision", description = "Compare the entities with the database at the head of the history and write a migration "
        + "class for the difference (nothing when there is none).",
        footerHeading = "%nExample:%n", footer = "  autogen revision -m \"add email to customer\"")
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG",
            description = "What the revision does: the class's Javadoc and name (required).")
    String message;

    @Option(names = "--empty", description = "Write a revision with empty upgrade and downgrade, to fill in by hand, "
            + "comparing nothing (default: off).")
    boolean empty;

    @Option(names = "--safe-forms", description = "Write locking steps on existing tables in their non-blocking forms "
            + "(CREATE INDEX CONCURRENTLY, NOT VALID then VALIDATE); the revision then runs outside a transaction "
            + "(default: off, or the setting safe_forms).")
    boolean safeForms;

    @Option(names = "--baseline", description = "Write the first revision from what the live database has now "
            + "(not from the entities), to adopt an existing database: then `stamp head` on it (default: off).")
    boolean baseline;

    @Option(names = "--head", paramLabel = "REV", description = "Follow REV instead of the single head: start a branch "
            + "(default: the head of the history).")
    String head;

    @Option(names = "--sql", description = "Print the revision it would write (its class, then the SQL of its upgrade and "
            + "downgrade) and write nothing (default: off).")
    boolean sql;

    @Option(names = "--expand-contract", description = "Split what breaks the code running now (drops, renames, NOT NULL, "
            + "narrowing) into a contract revision, which `upgrade` holds back until --contract, after an expand revision "
            + "to apply before the new code is deployed; a column rename is kept in sync by a trigger in between "
            + "(default: off).")
    boolean expandContract;

    enum Renames { ask, auto, never }

    @Option(names = "--no-trial", description = "Write the revision without trying it first: by default its upgrade, "
            + "downgrade and upgrade again run on the embedded database at the head, rolled back, and a statement "
            + "PostgreSQL rejects stops it with the entity it comes from.")
    boolean noTrial;

    @Option(names = "--renames", paramLabel = "ask|auto|never",
            description = "Likely renames: ask about each (default on a terminal), take the scored decision (default "
                    + "otherwise, as in CI), or never (drop + add). @RenamedFrom renames are always taken.")
    Renames renames;

    @Override
    public Integer call() {
        var autogen = root.autogen();
        var out = root.out();
        if (baseline && sql)
            throw new CommandLine.ParameterException(spec.commandLine(), "--sql does not go with --baseline: `autogen revision "
                    + "--baseline` writes the revision, then `autogen show head` prints its SQL");
        if (baseline) {
            var result = autogen.baseline(message);
            out.println("Wrote " + result.file().get() + " (revision " + result.revision().id() + ", a baseline of "
                    + AutogenConfig.masked(autogen.config().url().orElse("")) + " with " + result.plan().upgrade().size()
                    + " steps); run `autogen stamp head` on databases that already have this schema");
            if (!result.leftAlone().isEmpty())
                out.println("Left alone, as no entity maps them and nothing mapped depends on them: " + String.join(", ", result.leftAlone()));
            return ExitCodes.OK;
        }
        var request = RevisionRequest.of(message).withEmpty(empty).withRenames(questioner(out));
        if (safeForms) request = request.withSafeForms(true);
        if (head != null) request = request.after(head);
        if (noTrial) request = request.withTrial(false);
        if (expandContract) request = request.withExpandContract(true);
        if (sql) return preview(autogen.previewRevisions(request), out);
        var results = autogen.revisions(request);
        if (results.get(0).file().isEmpty()) {
            out.println("No changes detected: the entities match the head of the history. Nothing written.");
            return ExitCodes.OK;
        }
        for (var result : results) {
            var info = result.revision();
            out.println("Wrote " + result.file().get() + " (revision " + info.id() + ", from "
                    + (info.down().isEmpty() ? "base" : String.join(", ", info.down())) + ")"
                    + (info.transactional() ? "" : "; it runs outside a transaction, step by step")
                    + (info.contract() ? "; a contract revision: `upgrade` holds it back until --contract, once no instance "
                            + "runs the old code" : expandContract && results.size() > 1 ? "; apply it before deploying the new code" : ""));
            var findings = Safety.of(result.plan().upgrade());
            for (var op : result.plan().upgrade()) {
                String label = Finding.label(findings.get(op));
                Long rows = findings.get(op).isEmpty() ? null : Safety.touchedTable(op).map(result.rowEstimates()::get).orElse(null);
                if (rows != null) label += rows == 0 ? " (empty table)" : " (~" + rows + " rows)";
                out.println(String.format("  %-22s %s", label, OperationSource.statement(op)));
            }
        }
        return ExitCodes.OK;
    }

    /** The class, then its SQL as SQL comments and statements: nothing is written. */
    private static int preview(List<RevisionPreview> previews, PrintWriter out) {
        if (previews.isEmpty()) {
            out.println("No changes detected: the entities match the head of the history. Nothing written.");
            return ExitCodes.OK;
        }
        for (int i = 0; i < previews.size(); i++) {
            if (i > 0) out.println();
            preview(previews.get(i), out);
        }
        return ExitCodes.OK;
    }

    private static void preview(RevisionPreview p, PrintWriter out) {
        out.println("// revision " + p.revision().id() + ", as `autogen revision` would write it to " + p.file()
                + " (--sql: nothing written)");
        out.print(p.source());
        for (var part : List.of(Map.entry("upgrade", p.upgradeSql()), Map.entry("downgrade", p.downgradeSql()))) {
            out.println();
            out.println("-- " + part.getKey() + (p.revision().transactional() ? "" : " (outside a transaction, step by step)"));
            for (String statement : part.getValue()) out.println(statement.startsWith("-- ") ? statement : statement + ";");
        }
    }

    private RenameQuestioner questioner(PrintWriter out) {
        Renames policy = renames != null ? renames : root.terminal() ? Renames.ask : Renames.auto;
        return switch (policy) {
            case auto -> RenameQuestioner.auto();
            case never -> RenameQuestioner.never();
            case ask -> proposal -> {
                if (proposal.hinted()) return true;
                out.print(proposal.question());
                out.flush();
                try {
                    String answer = root.input().readLine();
                    return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        };
    }
}
