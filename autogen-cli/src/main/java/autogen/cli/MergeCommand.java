package autogen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", description = "Write an empty revision that joins branches: `heads` for all heads, or two or more revisions.")
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG")
    String message;

    @Parameters(arity = "1..*", paramLabel = "heads|REV")
    List<String> revisions;

    @Override
    public Integer call() {
        var result = root.autogen().merge(message, revisions);
        root.out().println("Wrote " + result.file().get() + " (revision " + result.revision().id() + ", merging "
                + String.join(", ", result.revision().down()) + ")");
        return ExitCodes.OK;
    }
}
