package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", description = "Undo revisions down to TARGET: -N, base or a revision id (which stays applied); with --sql, FROM:TO.")
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Parameters(index = "0", paramLabel = "TARGET")
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
