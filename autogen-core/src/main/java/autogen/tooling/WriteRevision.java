package autogen.tooling;

import autogen.DatabaseException;
import autogen.diff.MigrationPlan;
import autogen.diff.SafeForms;
import autogen.embedded.Database;
import autogen.reflect.RowEstimates;
import autogen.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code revision}: compares the entities with the database at the head of the history (or at {@code head}, a
 * deliberate branch) and writes a migration class for the difference. Nothing is written when there is no
 * difference, unless the request asks for a blank revision.
 */
final class WriteRevision {

    private final Project project;

    WriteRevision(Project project) {
        this.project = project;
    }

    RevisionResult run(RevisionRequest request) {
        RevisionGraph graph = project.history();
        Optional<String> head = request.head();
        head.ifPresent(graph::resolve);   // an unknown --head is an error on an empty history too
        boolean safeForms = request.safeForms().orElse(project.config.safeForms());
        MigrationPlan plan;
        Map<String, Long> rows = Map.of();
        if (request.empty()) {
            plan = MigrationPlan.of(List.of());
        } else {
            project.readEntitiesInBackground();
            Set<String> base = graph.isEmpty() ? Set.of() : Set.of(head.map(graph::resolve).orElseGet(graph::head));
            try (Database db = project.databaseAt(graph, base); Connection c = db.connect()) {
                Set<String> heads = project.headsOf(c, db, graph);
                if (!heads.equals(base)) throw Project.behind(db, heads, base, head.isPresent());
                var diff = EntityComparison.compare(project, db, c, graph, request.renames());
                var steps = safeForms ? SafeForms.apply(diff.operations()) : diff.operations();
                plan = MigrationPlan.of(steps, diff.notes());
                if (!db.embedded()) rows = RowEstimates.of(c, project.config.schema());
            } catch (SQLException e) {
                throw DatabaseException.of("cannot close the database connection", e);
            }
        }
        var down = graph.isEmpty() ? List.<String>of() : List.of(head.map(graph::resolve).orElseGet(graph::head));
        var created = project.newRevision(down, request.message());
        var info = SafeForms.used(plan.upgrade()) ? created.nonTransactional() : created;
        if (plan.isEmpty() && !request.empty()) return new RevisionResult(Optional.empty(), info, plan, rows, List.of());
        return new RevisionResult(Optional.of(project.write(graph, info, plan)), info, plan, rows, List.of());
    }
}
