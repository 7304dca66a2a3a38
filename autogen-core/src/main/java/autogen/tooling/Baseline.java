package autogen.tooling;

import autogen.ConfigurationException;
import autogen.DatabaseException;
import autogen.diff.Adoption;
import autogen.diff.Comparator;
import autogen.diff.MigrationPlan;
import autogen.embedded.Database;
import autogen.model.SchemaModel;
import autogen.reflect.DatabaseReader;
import autogen.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code revision --baseline}: the first revision of a history for a database that exists already. It creates what
 * the live database has now (read from the database, not the entities) of what the entities map and what that
 * depends on ({@link Adoption}), so that fresh databases get the same schema by upgrading; {@code leftAlone} names
 * the rest. Existing databases are then adopted with {@code stamp head}.
 */
final class Baseline {

    private final Project project;

    Baseline(Project project) {
        this.project = project;
    }

    RevisionResult run(String message) {
        RevisionGraph graph = project.history();
        if (!graph.isEmpty())
            throw new ConfigurationException("a baseline is the first revision, but the history has " + graph.ordered().size()
                    + " already: write a normal revision instead");
        var config = project.config;
        try (Database db = project.liveDatabase("revision --baseline"); Connection c = db.connect()) {
            project.useSchema(c, db);
            var schemas = new ArrayList<String>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname <> 'information_schema' ORDER BY 1")) {
                while (rs.next()) schemas.add(rs.getString(1));
            }
            SchemaModel live = DatabaseReader.read(c, config.schema(), schemas,
                    table -> project.versionTable().owns(table) || config.excluded(table));
            var adoption = Adoption.of(live, project.mapping().schema());
            var plan = MigrationPlan.of(new Comparator().compare(SchemaModel.EMPTY, adoption.adopted()));
            var info = project.newRevision(List.of(), message);
            return new RevisionResult(Optional.of(project.write(graph, info, plan)), info, plan, Map.of(), adoption.leftAlone());
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the database to baseline", e);
        }
    }
}
