package autogen.cli;

import autogen.lint.Finding;
import autogen.render.OperationSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Print one revision: its steps with their findings, and the SQL its upgrade runs.",
        footerHeading = "%nExample:%n", footer = "  autogen show head")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "REV", description = "A revision id or unique prefix, head, or REV+N/REV-N (required).")
    String revision;

    @Override
    public Integer call() {
        var details = root.autogen().show(revision);
        var info = details.revision().info();
        var out = root.out();
        out.println("revision " + info.id() + ", " + info.message());
        out.println("follows  " + (info.down().isEmpty() ? "base" : String.join(", ", info.down())) + ", created " + info.created()
                + (info.transactional() ? "" : ", runs outside a transaction")
                + (info.acknowledged().isEmpty() ? "" : ", acknowledges " + String.join(", ", info.acknowledged())));
        out.println("\nsteps:");
        for (var op : details.upgrade())
            out.println(String.format("  %-22s %s", Finding.label(details.findings().get(op)), OperationSource.statement(op)));
        out.println("\nSQL:");
        for (String sql : details.sql()) out.println("  " + sql + ";");
        return ExitCodes.OK;
    }
}
