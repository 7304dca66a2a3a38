package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", description = "Apply revisions up to TARGET: head, heads (every branch), +N or a revision id (a unique prefix will do).")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (from base, or FROM:TO), without connecting.")
    boolean sql;

    @Option(names = "--idempotent", description = "With --sql: guard each revision with a check of the version table, "
            + "so the script can run twice safely.")
    boolean idempotent;

    @Override
    public Integer call() {
        var autogen = root.autogen();
        var out = root.out();
        if (sql) {
            out.print(autogen.upgradeSql(target, idempotent));
            return ExitCodes.OK;
        }
        var applied = autogen.upgrade(target, m -> out.println("Applied " + m.id() + "  " + m.info().message()));
        if (applied.isEmpty()) out.println("Nothing to apply: the database is at " + target + ".");
        if (autogen.config().embedded()) out.println(AutogenCommand.DRY_RUN);
        return ExitCodes.OK;
    }
}
