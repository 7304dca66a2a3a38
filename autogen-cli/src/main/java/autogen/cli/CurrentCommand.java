package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", description = "Print the revision(s) applied to the database.")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Override
    public Integer call() {
        var heads = root.autogen().current();
        if (heads.isEmpty()) root.out().println("base (no revision applied)");
        heads.forEach(root.out()::println);
        return ExitCodes.OK;
    }
}
