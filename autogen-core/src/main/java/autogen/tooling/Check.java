package autogen.tooling;

import autogen.DatabaseException;
import autogen.diff.RenameQuestioner;
import autogen.embedded.Database;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import autogen.runtime.Runner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** {@code check}: compares entities, history and database; clean when all three agree. */
public final class Check {

    /** What {@code check} found: operations still to generate, and revisions not yet applied to the database. */
    public record CheckResult(List<Operation> drift, List<String> pendingRevisions, String database, List<String> edited) {
        public boolean clean() {
            return drift.isEmpty() && pendingRevisions.isEmpty() && edited.isEmpty();
        }
    }

    private final Project project;

    Check(Project project) {
        this.project = project;
    }

    CheckResult run() {
        RevisionGraph graph = project.history();
        try (Database db = project.database(); Connection c = db.connect()) {
            Set<String> heads = project.prepareAt(c, db, graph, Set.copyOf(graph.heads()));
            List<String> pending = graph.isEmpty() ? List.of()
                    : graph.upgradePath(heads, graph.heads()).stream().map(LoadedMigration::describe).toList();
            var edited = new Runner(c, graph, project.versionTable()).editedSinceApplied();
            if (!pending.isEmpty()) return new CheckResult(List.of(), pending, db.describe(), edited);
            var drift = EntityComparison.compare(project, c, graph, RenameQuestioner.auto(), !db.embedded());
            return new CheckResult(drift.operations(), List.of(), db.describe(), edited);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }
}
