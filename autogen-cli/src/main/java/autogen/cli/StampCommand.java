package autogen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stamp", description = "Write the version table as if TARGET were applied, running nothing: head, heads, "
        + "base or revision ids (several for several heads). For a database whose schema already matches.")
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Parameters(arity = "1..*", paramLabel = "TARGET")
    List<String> targets;

    @Option(names = "--purge", description = "Also replace rows naming revisions the migration history does not have "
            + "(a deleted migration file), instead of refusing.")
    boolean purge;

    @Override
    public Integer call() {
        var heads = root.autogen().stamp(targets, purge);
        root.out().println("Stamped " + (heads.isEmpty() ? "base (no revision applied)" : String.join(", ", heads)) + ".");
        return ExitCodes.OK;
    }
}
