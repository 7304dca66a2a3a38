package autogen.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", description = "List the revisions, newest first.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Option(names = {"-v", "--verbose"}, description = "Also print each revision's class and creation time.")
    boolean verbose;

    @Override
    public Integer call() {
        var graph = root.autogen().history();
        var heads = graph.heads();
        var ordered = new ArrayList<>(graph.ordered());
        Collections.reverse(ordered);
        if (ordered.isEmpty()) root.out().println("No revisions yet: run `autogen revision -m MESSAGE`.");
        for (var m : ordered) {
            String from = m.info().down().isEmpty() ? "<base>" : String.join(", ", m.info().down());
            root.out().println(from + " -> " + m.id() + (heads.contains(m.id()) ? " (head)" : "") + ", " + m.info().message());
            if (verbose) root.out().println("    " + m.migration().getClass().getName() + ", created " + m.info().created()
                    + m.source().map(s -> ", " + s).orElse(""));
        }
        return ExitCodes.OK;
    }
}
