package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "index", description = {"Write the migration index that autogen-runtime reads at start-up "
        + "(autogen-migrations.idx: the history's classes, one per line). revision and merge write it themselves; run "
        + "this after adding or removing a migration by hand, when check reports `index`."},
        footerHeading = "%nExample:%n", footer = "  autogen index")
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        root.out().println("Wrote " + root.autogen().writeIndex());
        return ExitCodes.OK;
    }
}
