package autogen.tooling;

import autogen.diff.Comparator;
import autogen.render.OperationSource;
import autogen.revision.HistoryObjects;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code check}'s proof that the history's squashes stand for the revisions they replace: the history replayed on
 * the embedded database as a new database takes it (through the squashes) and as the databases before them took it
 * (through the replaced revisions) must leave one schema. A squash edited since, or written by hand, that leaves
 * another is reported as an edited revision: the history cannot be trusted until it is fixed.
 */
final class SquashProof {

    private SquashProof() {}

    static List<Check.CheckResult.Edit> problems(Project project, RevisionGraph graph) {
        if (graph.squashes().isEmpty()) return List.of();
        var history = HistoryObjects.of(graph);
        var schemas = HistoryDrift.schemas(history);
        Set<String> heads = Set.copyOf(graph.heads());
        try (var phase = project.progress.start("squash-proof", "proving the squashes equivalent to the revisions they replace")) {
            var differences = new Comparator().compare(HistoryDrift.readReplayed(project, graph.withoutSquashes(), heads, history, schemas),
                    HistoryDrift.readReplayed(project, graph, heads, history, schemas));
            if (differences.isEmpty()) return List.of();
            return graph.squashes().stream().map(squash -> new Check.CheckResult.Edit(squash.id(), "squash " + squash.describe()
                    + " does not stand for the revisions it replaces (" + String.join(", ", squash.info().replaces())
                    + "): a new database that takes it differs from one that took them (" + differences.size()
                    + " difference(s), the first: " + OperationSource.statement(differences.get(0)) + "); write it again "
                    + "with `autogen squash " + first(squash) + ":" + last(squash) + "`", squash.source().map(Path::of))).toList();
        }
    }

    private static String first(LoadedMigration squash) {
        return squash.info().replaces().get(0);
    }

    private static String last(LoadedMigration squash) {
        return squash.info().replaces().get(squash.info().replaces().size() - 1);
    }
}
