package autogen.tooling;

import autogen.ConfigurationException;
import autogen.diff.MigrationPlan;
import autogen.revision.RevisionGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code merge}: an empty revision that follows several revisions ({@code heads} for all heads), joining branches so
 * that the history has one head again. Nothing is compared; branches that conflict are reconciled by hand in it.
 */
final class Merge {

    private final Project project;

    Merge(Project project) {
        this.project = project;
    }

    RevisionResult run(String message, List<String> revisions) {
        RevisionGraph graph = project.history();
        List<String> down = revisions.equals(List.of("heads")) ? graph.heads()
                : revisions.stream().map(graph::resolve).distinct().sorted().toList();
        if (down.size() < 2)
            throw new ConfigurationException("merge needs at least two revisions to join, got " + down
                    + (revisions.equals(List.of("heads")) ? ": the history has a single head" : ""));
        var info = project.newRevision(down, message);
        var plan = MigrationPlan.of(List.of());
        return new RevisionResult(Optional.of(project.write(graph, info, plan)), info, plan, Map.of(), List.of());
    }
}
