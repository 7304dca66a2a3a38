package autogen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stamp", description = "Write the version table as if TARGET were applied, running nothing: head, heads, "
        + "base or revision ids. For a database whose schema already matches (needs a url).",
        footerHeading = "%nExample:%n", footer = "  autogen stamp head")
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "TARGET", description = "head, heads, base, or revision ids or unique prefixes: "
            + "several for several heads (required).")
    List<String> targets;

    @Option(names = "--purge", description = "Also replace rows naming revisions the migration history does not have "
            + "(a deleted migration file), instead of refusing (default: off).")
    boolean purge;

    @Override
    public Integer call() {
        var heads = root.autogen().stamp(targets, purge);
        root.out().println("Stamped " + (heads.isEmpty() ? "base (no revision applied)" : String.join(", ", heads)) + ".");
        return ExitCodes.OK;
    }
}
