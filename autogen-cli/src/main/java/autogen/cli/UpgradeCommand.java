package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", description = "Apply revisions up to TARGET: head, heads (every branch), +N or a revision id (a unique prefix will do).")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET")
    String target;

    @Mixin
    SqlOptions offline;

    @Override
    public Integer call() {
        var autogen = root.autogen();
        var out = root.out();
        if (offline.sql) {
            out.print(autogen.upgradeSql(target, offline.idempotent));
            return ExitCodes.OK;
        }
        var applied = autogen.upgrade(target, m -> out.println("Applied " + m.id() + "  " + m.info().message()));
        if (applied.isEmpty()) out.println("Nothing to apply: the database is at " + target + ".");
        if (autogen.config().embedded()) out.println(AutogenCommand.DRY_RUN);
        return ExitCodes.OK;
    }
}
