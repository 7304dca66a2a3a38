package autogen.tooling;

import autogen.ConfigurationException;
import autogen.DatabaseException;
import autogen.MigrationException;
import autogen.diff.RenameQuestioner;
import autogen.embedded.Database;
import autogen.model.SchemaModel;
import autogen.ops.Operation;
import autogen.reflect.DatabaseReader;
import autogen.revision.HistoryObjects;
import autogen.revision.RevisionGraph;
import autogen.runtime.Runner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code verify}: the round trip a CI job should make of a history, as one command. On a fresh embedded database
 * (or an empty one at the url): every revision applied one by one, a generated row put in every table after each
 * ({@link Rows}), so that each revision meets filled tables; then every revision undone one by one, rows still in;
 * then the whole history applied again, rows generated once more, and the entities compared with the result.
 */
public final class Verify {

    /** What was verified: revisions, fillings, the tables left empty (with why), and the drift found at the end. */
    public record Result(int revisions, int fillings, Map<String, String> emptyTables, List<Operation> drift,
            Map<String, String> entityClasses, String database) {}

    private final Project project;

    Verify(Project project) {
        this.project = project;
    }

    Result run() {
        RevisionGraph graph = project.history();
        RevisionGraph.severalHeads(graph.heads()).ifPresent(heads -> {
            throw new MigrationException("verify needs one head: " + heads);
        });
        project.readEntitiesInBackground();
        try (Database db = project.config.embedded() ? project.embedded() : project.liveDatabase("verify"); Connection c = db.connect()) {
            project.useSchema(c, db);
            Runner runner = project.runner(c, db, graph);
            if (!db.embedded() && !runner.heads().isEmpty())
                throw new ConfigurationException("verify undoes every revision of the database it is given, and "
                        + db.describe() + " has revisions applied: point it at an empty database, or leave url unset to "
                        + "verify on the embedded one");
            var history = HistoryObjects.of(graph);
            var empty = new LinkedHashMap<String, String>();
            int fillings = 0;
            int revisions = graph.upgradePath(runner.heads(), graph.isEmpty() ? List.of() : graph.heads()).size();
            try (var phase = project.progress.start("verify-up", "applying each revision, a generated row in every table after each")) {
                while (!graph.isEmpty() && !withRows(() -> runner.upgrade(graph.head(), 1, project.progress.revisions())).isEmpty())
                    fill(c, history, ++fillings, empty);
            }
            try (var phase = project.progress.start("verify-down", "undoing each revision, the rows still in")) {
                boolean undone;
                do undone = !withRows(() -> runner.downgrade(null, 1, project.progress.revisions())).isEmpty(); while (undone);
            }
            try (var phase = project.progress.start("verify-again", "applying the history again")) {
                if (!graph.isEmpty()) runner.upgrade(graph.head(), Integer.MAX_VALUE, project.progress.revisions());
                fill(c, history, ++fillings, empty);
            }
            var drift = EntityComparison.compare(project, db, c, graph, RenameQuestioner.auto());
            return new Result(revisions, fillings, empty, drift.operations(), drift.entityClasses(), db.describe());
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }

    /** A step on filled tables; its failure says so, as a replay on empty tables would not have failed. */
    private static <T> T withRows(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (MigrationException e) {
            throw new MigrationException("verify, with a generated row in every table: " + e.getMessage(), e);
        }
    }

    /** A row in every table the history created, as the database has them now; tables left empty noted with why. */
    private void fill(Connection c, HistoryObjects history, int n, Map<String, String> empty) {
        var versionTable = project.versionTable();
        var schemas = new java.util.TreeSet<String>();
        history.tables().forEach(t -> SchemaModel.schemaOf(t).ifPresent(schemas::add));
        SchemaModel schema = DatabaseReader.read(c, project.config.schema(), schemas,
                table -> versionTable.owns(table) || project.config.excluded(table) || !history.tables().contains(table));
        var filled = Rows.fill(c, schema, n);
        filled.skipped().forEach(empty::putIfAbsent);
    }
}
