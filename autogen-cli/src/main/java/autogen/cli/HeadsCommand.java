package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "heads", description = "Print the revisions no other revision follows, with their messages.",
        footerHeading = "%nExample:%n", footer = "  autogen heads")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        var graph = root.autogen().history();
        for (String head : graph.heads()) root.out().println(head + " (head), " + graph.get(head).info().message());
        return ExitCodes.OK;
    }
}
