package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", description = "Apply revisions up to TARGET, each in its own transaction with its version-table update; "
        + "without a url, a dry run on a throwaway embedded database.",
        footerHeading = "%nExample:%n", footer = "  autogen upgrade head --sql > upgrade.sql")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "TARGET", description = "head, heads (every branch), +N, "
            + "a revision id or unique prefix, or REV+N/REV-N; with --sql also FROM:TO (default: ${DEFAULT-VALUE}).")
    String target;

    @Mixin
    SqlOptions offline;

    @Option(names = "--contract", description = "Apply contract revisions too (@Revision(contract = true): they remove what "
            + "the previous release's code may still use); without it, upgrade stops before the first one "
            + "(default: off).")
    boolean contract;

    @Override
    public Integer call() {
        var targets = root.targets();
        if (!targets.names().isEmpty() && !offline.sql)
            return Fleet.run(root, targets, (name, autogen) -> {
                var upgrade = autogen.upgrade(target, contract, m -> {});
                var applied = upgrade.applied();
                String at = String.join(", ", autogen.current());
                return new Fleet.Outcome((applied.isEmpty() ? "nothing to apply, at " + (at.isEmpty() ? "base" : at)
                        : "applied " + applied.size() + " revision(s), at " + at)
                        + upgrade.heldBack().map(h -> "; held back contract revision " + h.id()).orElse(""), ExitCodes.OK);
            });
        var autogen = root.autogen();
        var out = root.out();
        if (offline.sql) {
            out.print(autogen.upgradeSql(target, offline.idempotent));
            return ExitCodes.OK;
        }
        var upgrade = autogen.upgrade(target, contract, m -> out.println("Applied " + m.id() + "  " + m.info().message()));
        upgrade.heldBack().ifPresent(h -> out.println("Held back " + h.describe() + ", a contract revision, and what follows it: "
                + "it removes what the previous release's code may still use. Once no instance runs that code: "
                + "`autogen upgrade " + target + " --contract`."));
        if (upgrade.applied().isEmpty() && upgrade.heldBack().isEmpty()) out.println("Nothing to apply: the database is at " + target + ".");
        if (autogen.config().embedded()) out.println(AutogenCommand.DRY_RUN);
        return ExitCodes.OK;
    }
}
