package autogen.cli;

import autogen.config.AutogenConfig;
import autogen.render.OperationSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "revision", description = "Compare the entities with the head of the history and write a migration class.")
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--empty", description = "Write a revision with empty upgrade and downgrade, to fill in by hand.")
    boolean empty;

    @Override
    public Integer call() {
        var autogen = root.autogen();
        var out = root.out();
        if (!empty) out.println("Comparing the entities with " + (autogen.config().embedded()
                ? "the migration history, replayed into the embedded database"
                : AutogenConfig.masked(autogen.config().url().get())) + " ...");
        var result = autogen.revision(message, empty);
        if (result.file().isEmpty()) {
            out.println("No changes detected: the entities match the head of the history. Nothing written.");
            return ExitCodes.OK;
        }
        out.println("Wrote " + result.file().get() + " (revision " + result.revision().id() + ", from "
                + (result.revision().down().isEmpty() ? "base" : String.join(", ", result.revision().down())) + ")");
        for (var op : result.plan().upgrade()) out.println("  " + OperationSource.statement(op));
        return ExitCodes.OK;
    }
}
