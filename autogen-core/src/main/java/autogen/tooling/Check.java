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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code check}: compares entities, history and database; clean when all three agree. */
public final class Check {

    /**
     * What {@code check} found: operations still to generate, revisions not yet applied to the database, applied
     * revisions edited since (or that the history table cannot vouch for), and a migration index that does not list
     * the history. Drift is looked for only once the database is at the head of the history: behind it, {@code drift}
     * is empty.
     */
    public record CheckResult(List<Operation> drift, List<String> pendingRevisions, String database, List<String> edited,
            Optional<String> index) {

        /** What can be wrong, in the order {@link #problems()} lists them: the first is the {@link #status()}. */
        public enum Problem {
            /** An applied revision was edited since, or the history table has no record to check it against. */
            EDITED,
            /** The database is not at the head of the history: revisions are pending. */
            BEHIND,
            /** The entities differ from the database at the head of the history. */
            DRIFT,
            /** The migration index (what an application applies) does not list the history's migrations. */
            INDEX;

            /** The name in check's output: {@code edited}, {@code behind}, {@code drift}, {@code index}. */
            public String label() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        public boolean clean() {
            return problems().isEmpty();
        }

        /** Every problem found, most serious first; empty when entities, migrations and database agree. */
        public List<Problem> problems() {
            var problems = new ArrayList<Problem>();
            if (!edited.isEmpty()) problems.add(Problem.EDITED);
            if (!pendingRevisions.isEmpty()) problems.add(Problem.BEHIND);
            if (!drift.isEmpty()) problems.add(Problem.DRIFT);
            if (index.isPresent()) problems.add(Problem.INDEX);
            return List.copyOf(problems);
        }

        /** {@code clean}, or the label of the first problem. */
        public String status() {
            return problems().isEmpty() ? "clean" : problems().get(0).label();
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
            var index = project.indexProblem(graph);
            if (!pending.isEmpty()) return new CheckResult(List.of(), pending, db.describe(), edited, index);
            var drift = EntityComparison.compare(project, db, c, graph, RenameQuestioner.auto());
            return new CheckResult(drift.operations(), List.of(), db.describe(), edited, index);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }
}
