package autogen.tooling;

import autogen.DatabaseException;
import autogen.diff.MigrationPlan;
import autogen.diff.SafeForms;
import autogen.embedded.Database;
import autogen.reflect.RowEstimates;
import autogen.revision.RevisionGraph;
import autogen.revision.RevisionInfo;
import autogen.ops.IrreversibleOperationException;
import autogen.ops.Operation;
import autogen.sql.PostgresDdl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
        var compared = compare(request);
        var info = compared.info();
        if (compared.plan().isEmpty() && !request.empty())
            return new RevisionResult(Optional.empty(), info, compared.plan(), compared.rows(), List.of());
        return new RevisionResult(Optional.of(project.write(compared.graph(), info, compared.plan())), info, compared.plan(),
                compared.rows(), List.of());
    }

    /**
     * {@code revision --sql}: the class {@code run} would write and the SQL of its upgrade and downgrade, writing
     * nothing; empty when nothing differs (and no blank revision is asked for).
     */
    Optional<RevisionPreview> preview(RevisionRequest request) {
        var compared = compare(request);
        var plan = compared.plan();
        if (plan.isEmpty() && !request.empty()) return Optional.empty();
        return Optional.of(new RevisionPreview(project.file(compared.info()), compared.info(),
                project.source(compared.info(), plan), sql(plan.upgrade()), sql(plan.downgrade())));
    }

    /** The statements of {@code steps}; a step that cannot be undone says so where its SQL would be. */
    private static List<String> sql(List<Operation> steps) {
        var ddl = new PostgresDdl();
        var statements = new ArrayList<String>();
        for (Operation step : steps)
            try {
                statements.addAll(ddl.statements(List.of(step)));
            } catch (IrreversibleOperationException e) {
                statements.add("-- fails: " + e.getMessage());
            }
        return statements;
    }

    /**
     * Names PostgreSQL would refuse twice, then the trial ({@link Trial}) on the embedded database. A live database is
     * not tried on: the trial's locks and table rewrites have no place on a database others use.
     */
    private void tryOut(Database db, Connection c, MigrationPlan plan, EntityComparison.Difference diff) {
        var mapping = diff.mapping();
        NameCollisions.check(diff.target(), (table, what) ->
                what + Optional.ofNullable(mapping.entityClasses().get(table)).map(e -> " (" + e + ")").orElse(""));
        if (!db.embedded()) {
            project.progress.note("not tried first: the revision was compared with the configured database, and only "
                    + "the embedded one is tried on (--no-trial silences this)");
            return;
        }
        try (var phase = project.progress.start("trial", "trying the revision on the embedded database: upgrade, downgrade, upgrade")) {
            Trial.run(c, plan, mapping::origin);
        }
    }

    /** What the entities add to the head: the history it follows, the new revision, its steps, the rows per table. */
    private record Compared(RevisionGraph graph, RevisionInfo info, MigrationPlan plan, Map<String, Long> rows) {}

    private Compared compare(RevisionRequest request) {
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
                var found = safeForms ? SafeForms.apply(diff.operations()) : diff.operations();
                var steps = found.isEmpty() ? found : RevisionHooks.apply(project.config, found);
                plan = MigrationPlan.of(steps, diff.notes());
                if (request.trial() && !plan.isEmpty()) tryOut(db, c, plan, diff);
                if (!db.embedded()) rows = RowEstimates.of(c, project.config.schema());
            } catch (SQLException e) {
                throw DatabaseException.of("cannot close the database connection", e);
            }
        }
        var down = graph.isEmpty() ? List.<String>of() : List.of(head.map(graph::resolve).orElseGet(graph::head));
        var created = project.newRevision(down, request.message());
        return new Compared(graph, SafeForms.used(plan.upgrade()) ? created.nonTransactional() : created, plan, rows);
    }
}
