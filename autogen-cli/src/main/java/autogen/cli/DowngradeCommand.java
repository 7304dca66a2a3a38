package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", description = "Undo revisions down to TARGET, each in its own transaction; without a url, a dry run "
        + "(the history applied to a throwaway embedded database, then undone).",
        footerHeading = "%nExample:%n", footer = "  autogen downgrade -1")
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TARGET", description = "-N (N revisions down), base (undo everything), or a "
            + "revision id or unique prefix, which stays applied; with --sql, FROM:TO (required).")
    String target;

    @Mixin
    SqlOptions offline;

    @Override
    public Integer call() {
        var out = root.out();
        if (offline.sql) {
            out.print(root.autogen().downgradeSql(target, offline.idempotent));
            return ExitCodes.OK;
        }
        var autogen = root.autogen();
        var undone = autogen.downgrade(target, m -> out.println("Undid " + m.id() + "  " + m.info().message()));
        if (undone.isEmpty()) out.println("Nothing to undo: the database is at " + target + ".");
        if (autogen.config().embedded()) out.println(AutogenCommand.DRY_RUN);
        return ExitCodes.OK;
    }
}
