package autogen.cli;

import autogen.revision.LoadedMigration;
import autogen.render.OperationSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", description = "List the revisions, newest first.",
        footerHeading = "%nExample:%n", footer = "  autogen history -v -r head-2:head")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Option(names = {"-v", "--verbose"}, description = "Also print each revision's class, creation time and steps (default: off).")
    boolean verbose;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "FROM:TO", description = "Only FROM to TO, both included: base, head, ids, "
            + "REV+N; an empty side means base or head (default: the whole history).")
    String range;

    @Override
    public Integer call() {
        var autogen = root.autogen();
        var graph = autogen.history();
        var heads = graph.heads();
        List<LoadedMigration> shown;
        if (range != null) {
            String[] parts = range.split(":", 2);
            shown = autogen.history(parts[0].isEmpty() ? "base" : parts[0], parts.length < 2 || parts[1].isEmpty() ? "head" : parts[1]);
        } else {
            shown = new ArrayList<>(graph.ordered());
            Collections.reverse(shown);
        }
        if (shown.isEmpty()) root.out().println("No revisions yet: run `autogen revision -m MESSAGE`.");
        for (var m : shown) {
            String from = m.info().down().isEmpty() ? "<base>" : String.join(", ", m.info().down());
            root.out().println(from + " -> " + m.id() + (heads.contains(m.id()) ? " (head)" : "") + ", " + m.info().message());
            if (!verbose) continue;
            root.out().println("    " + m.migration().getClass().getName() + ", created " + m.info().created()
                    + (m.info().transactional() ? "" : ", outside a transaction") + m.source().map(s -> ", " + s).orElse(""));
            for (var op : m.operations(true)) root.out().println("    " + OperationSource.statement(op));
        }
        for (var squash : graph.squashes()) {
            var replaced = squash.info().replaces();
            root.out().println((squash.info().down().isEmpty() ? "<base>" : String.join(", ", squash.info().down())) + " -> "
                    + squash.id() + ", " + squash.info().message() + " (squash of " + replaced.get(0) + ".." + replaced.get(replaced.size() - 1)
                    + ": a database at none of them takes it instead)");
        }
        return ExitCodes.OK;
    }
}
