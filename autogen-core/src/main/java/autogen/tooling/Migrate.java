package autogen.tooling;

import autogen.revision.LoadedMigration;
import autogen.runtime.MigrationCallback;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code upgrade}, {@code downgrade} and {@code current} on the configured database. Without a url, upgrade and
 * downgrade run on a fresh embedded database that is discarded afterwards: a dry run proving the history applies
 * (and, for downgrade, undoes).
 */
public final class Migrate {

    private final Project project;

    Migrate(Project project) {
        this.project = project;
    }

    /** What an upgrade did: the revisions applied, and the contract revision it stopped before, if any. */
    public record Upgrade(List<LoadedMigration> applied, java.util.Optional<LoadedMigration> heldBack) {}

    /**
     * Up to {@code target}: {@code head}, {@code heads}, {@code +N} or a revision id (or unique prefix); before the
     * first contract revision on the way unless {@code contract}.
     */
    Upgrade upgrade(String target, boolean contract, Consumer<LoadedMigration> applied) {
        MigrationCallback progress = MigrationCallback.afterEach(applied).andThen(project.progress.revisions());
        return project.onDatabase("upgrade", false, (graph, runner) -> {
            runner.holdingBackContract(!contract);
            List<LoadedMigration> done;
            if (graph.isEmpty()) done = named(graph, target);
            else if (target.equals("heads")) done = runner.upgrade(graph.heads(), progress);
            else if (target.startsWith("+")) done = runner.upgrade(graph.head(), Project.steps(target), progress);
            else done = runner.upgrade(graph.target(target).map(List::of).orElse(List.of()), progress);
            return new Upgrade(done, runner.heldBack());
        });
    }

    /** Down to {@code target}: {@code base}, {@code -N} or a revision id that stays applied. */
    List<LoadedMigration> downgrade(String target, Consumer<LoadedMigration> undone) {
        MigrationCallback progress = MigrationCallback.afterEach(undone).andThen(project.progress.revisions());
        return project.onDatabase("downgrade", true, (graph, runner) -> {
            if (graph.isEmpty()) return named(graph, target);
            if (target.startsWith("-")) return runner.downgrade(null, Project.steps(target), progress);
            return runner.downgrade(graph.target(target).orElse(null), Integer.MAX_VALUE, progress);
        });
    }

    /** The heads applied to the configured database. */
    Set<String> current() {
        project.liveDatabase("current").close();   // without a url there is no lasting database to ask
        return project.onDatabase("current", false, (graph, runner) -> runner.heads());
    }

    /**
     * Nothing moves on an empty history, but a revision named as the target is unknown there: the same error and
     * exit code as on a history that lacks it.
     */
    private static List<LoadedMigration> named(autogen.revision.RevisionGraph graph, String target) {
        if (!Set.of("head", "heads", "base").contains(target) && !target.startsWith("+") && !target.startsWith("-"))
            graph.target(target);
        return List.of();
    }
}
