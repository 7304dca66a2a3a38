package autogen.cli;

import autogen.render.DiffPrinter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", description = {"The round trip for CI, in one command: on a fresh embedded database (or an "
        + "empty one at the url), apply each revision with a generated row in every table after each, undo each "
        + "revision with the rows still in, apply the history again, then compare the entities with it.",
        "Exit 0 when all of it passes, 1 when the entities differ from the history, 3 when a revision fails."},
        footerHeading = "%nExample:%n", footer = "  autogen verify")
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        var result = root.autogen().verify();
        var out = root.out();
        result.emptyTables().forEach((table, why) -> out.println("left empty: " + table + " (" + why + ")"));
        String done = result.revisions() + " revision(s) applied one by one with a generated row in every table after "
                + "each, undone one by one with the rows in, applied again";
        if (result.drift().isEmpty()) {
            out.println("verified: " + done + "; the entities match " + result.database() + ".");
            return ExitCodes.OK;
        }
        out.println("drift: " + done + ", but the entities differ from the history:");
        result.drift().forEach(op -> out.println("  " + DiffPrinter.line(op)));
        out.println("Run `autogen revision -m MESSAGE` to write a migration for this.");
        return ExitCodes.DRIFT;
    }
}
