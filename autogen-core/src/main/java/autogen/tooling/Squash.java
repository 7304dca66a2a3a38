package autogen.tooling;

import autogen.ConfigurationException;
import autogen.DatabaseException;
import autogen.MigrationException;
import autogen.diff.CheckForms;
import autogen.diff.Comparator;
import autogen.diff.MigrationPlan;
import autogen.diff.RenameDetector;
import autogen.diff.RenameHints;
import autogen.diff.RenameQuestioner;
import autogen.embedded.Database;
import autogen.model.CheckConstraint;
import autogen.model.SchemaModel;
import autogen.ops.AddCheckConstraint;
import autogen.ops.AlterCheckConstraint;
import autogen.ops.CreateTable;
import autogen.ops.ExecuteSql;
import autogen.ops.Irreversible;
import autogen.ops.JdbcCall;
import autogen.ops.Operation;
import autogen.ops.RenameColumn;
import autogen.ops.RenameTable;
import autogen.render.OperationSource;
import autogen.revision.HistoryObjects;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import autogen.sql.PostgresDdl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code squash FROM:TO}: one revision with the schema change of a chain of revisions, as Django's squashmigrations
 * writes it. Its steps are the difference between the history replayed to just before {@code FROM} and to
 * {@code TO}, read from PostgreSQL, with the chain's renames kept as renames. It names the revisions it replaces
 * ({@code @Revision(replaces = ...)}), which stay: a database at none of them applies the squash, one inside the
 * chain goes on with them, and either ends at {@code TO}.
 *
 * <p>Before it is written, the squash runs on the embedded database just before {@code FROM} (rolled back): its
 * upgrade must leave what {@code TO} leaves, its downgrade what was there before. Refused: a chain with raw SQL or
 * Java steps (a data migration a difference of schemas cannot carry), a contract revision, a branch or a merge.
 */
final class Squash {

    private final Project project;

    Squash(Project project) {
        this.project = project;
    }

    RevisionResult run(String range, String message) {
        RevisionGraph graph = project.history();
        List<String> chain = chain(graph, range);
        String from = chain.get(0);
        String to = chain.get(chain.size() - 1);
        List<String> base = graph.get(from).info().down();
        for (String id : chain) refuseWhatCannotBeSquashed(graph, graph.get(id), range);

        var history = HistoryObjects.of(graph);
        var schemas = HistoryDrift.schemas(history);
        SchemaModel after = HistoryDrift.readReplayed(project, graph, Set.of(to), history, schemas);
        MigrationPlan plan;
        try (Database db = project.embeddedAt(graph, Set.copyOf(base)); Connection c = db.connect()) {
            project.useSchema(c, db);
            SchemaModel before = HistoryDrift.read(project, c, history, schemas);
            var renamed = new RenameDetector(renamesOf(graph, chain), RenameQuestioner.never()).detect(before, after);
            var steps = new ArrayList<>(renamed.renames());
            new Comparator().compare(renamed.current(), after).forEach(op -> steps.add(checksAsWritten(op)));
            plan = MigrationPlan.of(steps, renamed.notes());
            try (var phase = project.progress.start("squash-proof", "proving the squash on the embedded database: it must "
                    + "leave what " + to + " leaves, and its downgrade what was there before " + from)) {
                prove(c, plan, before, after, history, schemas, range);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
        var info = project.newRevision(base, message).replacing(chain);
        return new RevisionResult(Optional.of(project.write(graph, info, plan)), info, plan, Map.of(), List.of());
    }

    /**
     * {@code op} with its checks as Hibernate writes them ({@code status in ('A','B')}), not as PostgreSQL stored
     * them: stored forms do not parse back to themselves (a varchar array becomes a text one), and the squash must
     * leave the very schema its revisions leave.
     */
    private static Operation checksAsWritten(Operation op) {
        java.util.function.UnaryOperator<CheckConstraint> written = k -> new CheckConstraint(k.name(), CheckForms.written(k.expression()));
        if (op instanceof CreateTable t) return new CreateTable(t.table().withChecks(t.table().checks().stream().map(written).toList()));
        if (op instanceof AddCheckConstraint a) return new AddCheckConstraint(a.table(), written.apply(a.constraint()), a.notValidFirst());
        if (op instanceof AlterCheckConstraint a)
            return new AlterCheckConstraint(a.table(), written.apply(a.constraint()), written.apply(a.existing()));
        return op;
    }

    /** The revisions from FROM to TO, oldest first: a line without branches or merges. */
    private static List<String> chain(RevisionGraph graph, String range) {
        int colon = range.indexOf(':');
        if (colon <= 0 || colon == range.length() - 1)
            throw new ConfigurationException("squash takes a range FROM:TO of revisions (e.g. `autogen squash 1a2b:3c4d -m \"...\"`), "
                    + "not " + range + ": run `autogen history` for their ids");
        String from = graph.resolve(range.substring(0, colon));
        String to = graph.resolve(range.substring(colon + 1));
        var chain = new ArrayList<String>();
        for (String at = to; ; ) {
            chain.add(at);
            if (at.equals(from)) break;
            List<String> down = graph.get(at).info().down();
            if (down.size() != 1)
                throw new ConfigurationException("cannot squash " + range + ": " + (down.isEmpty() ? from + " is not before " + to
                        : graph.get(at).describe() + " merges " + down.size() + " branches") + "; squash a range along one line");
            at = down.get(0);
        }
        Collections.reverse(chain);
        if (chain.size() < 2) throw new ConfigurationException("cannot squash " + range + ": it is one revision; name a range of two or more");
        for (int i = 0; i < chain.size() - 1; i++)
            for (LoadedMigration other : graph.ordered())
                if (other.info().down().contains(chain.get(i)) && !other.id().equals(chain.get(i + 1)))
                    throw new ConfigurationException("cannot squash " + range + ": " + other.describe() + " branches off "
                            + chain.get(i) + "; squash a range nothing branches off");
        for (LoadedMigration squash : graph.squashes())
            if (squash.info().replaces().stream().anyMatch(chain::contains))
                throw new ConfigurationException("cannot squash " + range + ": " + squash.describe() + " already squashes "
                        + String.join(", ", squash.info().replaces()) + "; squash a range outside it");
        return List.copyOf(chain);
    }

    private static void refuseWhatCannotBeSquashed(RevisionGraph graph, LoadedMigration revision, String range) {
        if (revision.info().contract())
            throw new ConfigurationException("cannot squash " + range + ": " + revision.describe() + " is a contract revision, "
                    + "which upgrade holds back; squash the ranges before and after it");
        for (Operation op : revision.operations(true))
            if (op instanceof ExecuteSql || op instanceof JdbcCall || op instanceof Irreversible)
                throw new ConfigurationException("cannot squash " + range + ": " + revision.describe() + " has a step autogen "
                        + "cannot tell the effect of (" + OperationSource.statement(op).replaceAll("\\s+", " ") + "), a data "
                        + "migration a squash of the schema would lose; squash the ranges before and after it");
    }

    /** The chain's table and column renames, composed: the squash renames where the chain did, and keeps the data. */
    private static RenameHints renamesOf(RevisionGraph graph, List<String> chain) {
        var tables = new HashMap<String, String>();
        var columns = new HashMap<String, Map<String, String>>();
        for (String id : chain)
            for (Operation op : graph.get(id).operations(true)) {
                if (op instanceof RenameTable r) {
                    tables.put(r.to(), Optional.ofNullable(tables.remove(r.from())).orElse(r.from()));
                    var renamedColumns = columns.remove(r.from());
                    if (renamedColumns != null) columns.put(r.to(), renamedColumns);
                } else if (op instanceof RenameColumn r) {
                    var inTable = columns.computeIfAbsent(r.table(), t -> new HashMap<>());
                    inTable.put(r.to(), Optional.ofNullable(inTable.remove(r.from())).orElse(r.from()));
                }
            }
        tables.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return new RenameHints(tables, columns);
    }

    /** The squash's upgrade leaves {@code after}, its downgrade {@code before}; in one transaction, rolled back. */
    private void prove(Connection c, MigrationPlan plan, SchemaModel before, SchemaModel after, HistoryObjects history,
            java.util.TreeSet<String> schemas, String range) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            run(c, plan.upgrade(), range, "upgrade");
            requireSame(HistoryDrift.read(project, c, history, schemas), after, range, "its upgrade leaves");
            run(c, plan.downgrade(), range, "downgrade");
            requireSame(HistoryDrift.read(project, c, history, schemas), before, range, "its downgrade leaves");
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static void run(Connection c, List<Operation> steps, String range, String direction) {
        var ddl = new PostgresDdl();
        for (Operation step : steps)
            for (String statement : ddl.statements(List.of(step)))
                try (var s = c.createStatement()) {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new MigrationException("cannot squash " + range + ": the squash's " + direction + " fails on the "
                            + "embedded database at " + statement + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
                }
    }

    private static void requireSame(SchemaModel actual, SchemaModel expected, String range, String what) {
        var differences = new Comparator().compare(actual, expected);
        if (!differences.isEmpty())
            throw new MigrationException("cannot squash " + range + ": " + what + " a schema that differs from the revisions' ("
                    + differences.size() + " difference(s), the first: " + OperationSource.statement(differences.get(0))
                    + "); nothing written. Squash a shorter range");
    }
}
