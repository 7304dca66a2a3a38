package autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", description = "Print the revision(s) applied to the database (needs a url).",
        footerHeading = "%nExample:%n", footer = "  autogen current -v")
final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Option(names = {"-v", "--verbose"}, description = "Also print each applied head's message and creation, and whether it is a head of the history "
            + "(default: off).")
    boolean verbose;

    @Override
    public Integer call() {
        var targets = root.targets();
        if (!targets.names().isEmpty())
            return Fleet.run(root, targets, (name, autogen) -> {
                var heads = autogen.current();
                return new Fleet.Outcome(heads.isEmpty() ? "base (no revision applied)" : String.join(", ", heads), ExitCodes.OK);
            });
        var autogen = root.autogen();
        var heads = autogen.current();
        if (heads.isEmpty()) root.out().println("base (no revision applied)");
        if (!verbose) {
            heads.forEach(root.out()::println);
            return ExitCodes.OK;
        }
        var graph = autogen.history();
        for (String id : heads) {
            var info = graph.get(id).info();
            int pending = graph.upgradePath(heads, graph.heads()).size();
            root.out().println(id + ", " + info.message() + ", created " + info.created()
                    + (graph.heads().contains(id) ? " (head)" : " (" + pending + " revision(s) pending)"));
        }
        return ExitCodes.OK;
    }
}
