package autogen.tooling;

import autogen.DatabaseException;
import autogen.diff.Comparator;
import autogen.embedded.Database;
import autogen.model.SchemaModel;
import autogen.ops.Operation;
import autogen.reflect.DatabaseReader;
import autogen.revision.HistoryObjects;
import autogen.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code check --against both}'s second comparison: the history replayed in the embedded database against the live
 * one, both at the head, so that a change made by hand on the live database (a column added, an index dropped)
 * shows as the steps that turn the history's schema into what the live database has. Both sides are read from
 * PostgreSQL, so expressions compare as stored; only the objects the history created are compared, less
 * {@code exclude}, so other applications' tables are never reported.
 */
final class HistoryDrift {

    private HistoryDrift() {}

    static List<Operation> compare(Project project, RevisionGraph graph, Connection replayed, Connection live) {
        try (var phase = project.progress.start("history-drift", "comparing the history with the live database")) {
            var history = HistoryObjects.of(graph);
            var schemas = schemas(history);
            return new Comparator().compare(read(project, replayed, history, schemas), read(project, live, history, schemas));
        }
    }

    /** The history's objects on the embedded database with the history ({@code graph}) replayed up to {@code targets}. */
    static SchemaModel readReplayed(Project project, RevisionGraph graph, Set<String> targets, HistoryObjects history,
            TreeSet<String> schemas) {
        try (Database db = project.embeddedAt(graph, targets); Connection c = db.connect()) {
            project.useSchema(c, db);
            return read(project, c, history, schemas);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }

    /** The schemas the history's tables are in, besides the default one. */
    static TreeSet<String> schemas(HistoryObjects history) {
        var schemas = new TreeSet<String>();
        history.tables().forEach(t -> SchemaModel.schemaOf(t).ifPresent(schemas::add));
        return schemas;
    }

    /** The objects the history created, as PostgreSQL has them, less {@code exclude} and the version table. */
    static SchemaModel read(Project project, Connection c, HistoryObjects history, TreeSet<String> schemas) {
        var versionTable = project.versionTable();
        var config = project.config;
        SchemaModel read = DatabaseReader.read(c, config.schema(), schemas,
                table -> versionTable.owns(table) || config.excluded(table) || !history.tables().contains(table));
        return config.filter().apply(new SchemaModel(read.tables(),
                read.sequences().stream().filter(s -> history.sequences().contains(s.name())).toList(),
                read.enumTypes().stream().filter(e -> history.enumTypes().contains(e.name())).toList()));
    }
}
