package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "squash", description = "Write one revision with the schema change of a range of revisions, proved "
        + "equivalent on the embedded database; the range stays, for databases inside it.",
        footerHeading = "%nExample:%n", footer = "  autogen squash 1a2b3c4d5e6f:9f8e7d6c5b4a -m \"customers and orders\"")
final class SquashCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the squash holds: the "
            + "class's Javadoc and name (required).")
    String message;

    @Parameters(paramLabel = "FROM:TO", description = "The first and the last revision of the range (ids or unique "
            + "prefixes), along one line of the history (required).")
    String range;

    @Override
    public Integer call() {
        var result = root.autogen().squash(range, message);
        var info = result.revision();
        root.out().println("Wrote " + result.file().get() + " (revision " + info.id() + ", from "
                + (info.down().isEmpty() ? "base" : String.join(", ", info.down())) + ", replacing " + info.replaces().size()
                + " revisions in " + result.plan().upgrade().size() + " step(s)): a database at none of them applies it, one "
                + "inside them goes on with them; they stay in the history");
        return ExitCodes.OK;
    }
}
