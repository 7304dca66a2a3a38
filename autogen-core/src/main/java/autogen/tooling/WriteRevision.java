package autogen.tooling;

import autogen.DatabaseException;
import autogen.diff.ExpandContract;
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

    /**
     * The revisions written: one, or with {@code --expand-contract} the expand and the contract revision when the
     * steps hold both kinds. Nothing differing: one result without a file.
     */
    List<RevisionResult> run(RevisionRequest request) {
        var compared = compare(request);
        if (compared.isEmpty() && !request.empty())
            return List.of(new RevisionResult(Optional.empty(), compared.revisions().get(0).info(), MigrationPlan.of(List.of()),
                    compared.rows(), List.of()));
        var files = project.write(compared.graph(), compared.revisions());
        var results = new ArrayList<RevisionResult>();
        for (int i = 0; i < files.size(); i++) {
            var revision = compared.revisions().get(i);
            results.add(new RevisionResult(Optional.of(files.get(i)), revision.info(), revision.plan(), compared.rows(), List.of()));
        }
        return results;
    }

    /**
     * {@code revision --sql}: the classes {@code run} would write and the SQL of their upgrades and downgrades,
     * writing nothing; empty when nothing differs (and no blank revision is asked for).
     */
    List<RevisionPreview> preview(RevisionRequest request) {
        var compared = compare(request);
        if (compared.isEmpty() && !request.empty()) return List.of();
        return compared.revisions().stream().map(r -> new RevisionPreview(project.file(r.info()), r.info(),
                project.source(r.info(), r.plan()), sql(r.plan().upgrade()), sql(r.plan().downgrade()))).toList();
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
    private void tryOut(Database db, Connection c, List<MigrationPlan> plans, EntityComparison.Difference diff) {
        var mapping = diff.mapping();
        NameCollisions.check(diff.target(), (table, what) ->
                what + Optional.ofNullable(mapping.entityClasses().get(table)).map(e -> " (" + e + ")").orElse(""));
        if (!db.embedded()) {
            project.progress.note("not tried first: the revision was compared with the configured database, and only "
                    + "the embedded one is tried on (--no-trial silences this)");
            return;
        }
        try (var phase = project.progress.start("trial", (plans.size() == 1 ? "trying the revision" : "trying the " + plans.size() + " revisions")
                + " on the embedded database: upgrade, downgrade, upgrade")) {
            Trial.run(c, plans, mapping::origin);
        }
    }

    /** What the entities add to the head: the history it follows, the new revisions and their steps, the rows per table. */
    private record Compared(RevisionGraph graph, List<Project.Planned> revisions, Map<String, Long> rows) {
        boolean isEmpty() {
            return revisions.stream().allMatch(r -> r.plan().isEmpty());
        }
    }

    private Compared compare(RevisionRequest request) {
        RevisionGraph graph = project.history();
        Optional<String> head = request.head();
        head.ifPresent(graph::resolve);   // an unknown --head is an error on an empty history too
        boolean safeForms = request.safeForms().orElse(project.config.safeForms());
        List<Part> parts;
        Map<String, Long> rows = Map.of();
        if (request.empty()) {
            parts = List.of(new Part(MigrationPlan.of(List.of()), false));
        } else {
            project.readEntitiesInBackground();
            Set<String> base = graph.isEmpty() ? Set.of() : Set.of(head.map(graph::resolve).orElseGet(graph::head));
            try (Database db = project.databaseAt(graph, base); Connection c = db.connect()) {
                Set<String> heads = project.headsOf(c, db, graph);
                if (!heads.equals(base)) throw Project.behind(db, heads, base, head.isPresent());
                var diff = EntityComparison.compare(project, db, c, graph, request.renames());
                var found = diff.operations().isEmpty() ? diff.operations() : RevisionHooks.apply(project.config, diff.operations());
                parts = request.expandContract() ? expandContract(found, diff, safeForms)
                        : List.of(new Part(MigrationPlan.of(safeForms ? SafeForms.apply(found) : found, diff.notes()), false));
                if (request.trial() && !parts.get(0).plan().isEmpty()) tryOut(db, c, parts.stream().map(Part::plan).toList(), diff);
                if (!db.embedded()) rows = RowEstimates.of(c, project.config.schema());
            } catch (SQLException e) {
                throw DatabaseException.of("cannot close the database connection", e);
            }
        }
        var revisions = new ArrayList<Project.Planned>();
        var down = graph.isEmpty() ? List.<String>of() : List.of(head.map(graph::resolve).orElseGet(graph::head));
        for (Part part : parts) {
            MigrationPlan plan = part.plan();
            String message = parts.size() == 1 ? request.message() : request.message() + (part.contract() ? " (contract)" : " (expand)");
            var created = project.newRevision(down, message);
            if (SafeForms.used(plan.upgrade())) created = created.nonTransactional();
            if (part.contract()) created = created.asContract();
            revisions.add(new Project.Planned(created, plan));
            down = List.of(created.id());
        }
        return new Compared(graph, revisions, rows);
    }

    /**
     * The expand and the contract revision, or the one of the two the steps need; safe forms, if asked for, apply to
     * the expand revision, where the new indexes and keys are built.
     */
    private List<Part> expandContract(List<Operation> steps, EntityComparison.Difference diff, boolean safeForms) {
        var split = ExpandContract.split(steps, diff.notes(), diff.current(), diff.target(), safeForms);
        var expand = new Part(split.expand(), false);
        var contract = new Part(split.contract(), true);
        if (split.contract().isEmpty()) {
            project.progress.note("--expand-contract: nothing in this revision breaks the code running now, so it is one revision");
            return List.of(expand);
        }
        return split.expand().isEmpty() ? List.of(contract) : List.of(expand, contract);
    }

    /** One revision's steps, and whether it is a contract revision ({@code upgrade} holds it back). */
    private record Part(MigrationPlan plan, boolean contract) {}
}
