package autogen.cli;

import autogen.lint.Finding;
import autogen.render.OperationSource;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "lint", description = "Classify the steps of every revision (or of REV): exit 1 when one destroys data "
        + "without @Revision(acknowledged = {\"AG1xx\"}).",
        footerHeading = "%nExample:%n", footer = "  autogen lint")
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REV", description = "A revision id or unique prefix "
            + "(default: every revision).")
    String revision;

    @Override
    public Integer call() {
        var out = root.out();
        var reports = root.autogen().lint(Optional.ofNullable(revision));
        int unacknowledged = 0;
        for (var report : reports) {
            var info = report.revision().info();
            out.println(info.id() + "  " + info.message());
            report.findings().forEach((op, findings) ->
                    out.println(String.format("  %-22s %s", Finding.label(findings), OperationSource.statement(op))));
            for (Finding f : report.unacknowledged())
                out.println("  UNACKNOWLEDGED " + f.code().id() + ": " + f.why() + " (add \"" + f.code().id()
                        + "\" to @Revision(acknowledged = ...) once reviewed)");
            unacknowledged += report.unacknowledged().size();
        }
        out.println(reports.size() + " revision(s), " + unacknowledged + " unacknowledged destructive step(s)");
        return unacknowledged == 0 ? ExitCodes.OK : ExitCodes.DRIFT;
    }
}
