package autogen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", description = "Write an empty revision that joins branches, so that the history has one head again.",
        footerHeading = "%nExample:%n", footer = "  autogen merge -m \"merge branches\" heads")
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge joins: the class's "
            + "Javadoc and name (required).")
    String message;

    @Parameters(arity = "1..*", paramLabel = "heads|REV", description = "heads for every head of the history, or two or more "
            + "revision ids or unique prefixes (required).")
    List<String> revisions;

    @Override
    public Integer call() {
        var result = root.autogen().merge(message, revisions);
        root.out().println("Wrote " + result.file().get() + " (revision " + result.revision().id() + ", merging "
                + String.join(", ", result.revision().down()) + ")");
        return ExitCodes.OK;
    }
}
