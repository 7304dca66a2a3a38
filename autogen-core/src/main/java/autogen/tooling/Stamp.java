package autogen.tooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code stamp}: writes the version table as if {@code targets} were applied, running nothing: {@code head},
 * {@code heads}, {@code base} or revisions. For a database whose schema already matches (adopting autogen,
 * repairing by hand); with {@code purge}, rows naming revisions the history does not have are replaced too.
 */
final class Stamp {

    private final Project project;

    Stamp(Project project) {
        this.project = project;
    }

    Set<String> run(List<String> targets, boolean purge) {
        project.liveDatabase("stamp").close();   // a throwaway embedded database has nothing worth stamping
        return project.onDatabase("stamp", false, (graph, runner) -> {
            var revisions = new ArrayList<String>();
            for (String target : targets)
                switch (target) {
                    case "base" -> { }
                    case "head" -> revisions.add(graph.head());
                    case "heads" -> revisions.addAll(graph.heads());
                    default -> revisions.add(graph.resolve(target));
                }
            return runner.stamp(graph.headsOf(revisions), purge);
        });
    }
}
