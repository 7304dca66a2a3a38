package autogen.tooling;

import autogen.config.AutogenConfig;
import autogen.diff.CanonicalExpressions;
import autogen.diff.Comparator;
import autogen.diff.RenameDetector;
import autogen.diff.RenameQuestioner;
import autogen.embedded.Database;
import autogen.inspect.EntityInspector;
import autogen.model.SchemaModel;
import autogen.ops.Operation;
import autogen.reflect.DatabaseReader;
import autogen.reflect.ExpressionCanonicalizer;
import autogen.reflect.RowEstimates;
import autogen.revision.HistoryObjects;
import autogen.revision.RevisionGraph;
import autogen.runtime.VersionTable;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The operations from the database to the entities, which {@code revision} writes and {@code check} reports. Left
 * out on both sides: the version table and tables the {@code exclude} setting names; on the database side also the
 * tables, sequences and enum types that neither an entity maps nor the history created, so that other applications'
 * objects are never proposed for dropping.
 */
final class EntityComparison {

    /**
     * {@code entityClasses}: the class mapping each of the entities' tables; {@code mapping}: the entities as read,
     * {@code target}: the schema they map, less excluded tables; {@code current}: the database's, as compared (after
     * the renames found); {@code expressions}: how both sides' checks and defaults read once stored.
     */
    record Difference(List<Operation> operations, Map<Operation, String> notes, Map<String, String> entityClasses,
            EntityInspector.Mapping mapping, SchemaModel target, SchemaModel current, CanonicalExpressions expressions) {}

    private EntityComparison() {}

    /**
     * {@code live}: the database is the user's, whose statistics say which columns hold data. The database is read
     * while Hibernate may still be reading the entities on its own thread ({@link Project#readEntitiesInBackground}):
     * every table but the version table and excluded ones, those that neither an entity maps nor the history created
     * left out afterwards.
     */
    static Difference compare(Project project, Database db, Connection c, RevisionGraph graph, RenameQuestioner renames) {
        AutogenConfig config = project.config;
        boolean live = !db.embedded();
        var history = HistoryObjects.of(graph);
        var versionTable = new VersionTable(config.versionTable());
        Predicate<String> neverCompared = table -> versionTable.owns(table) || config.excluded(table);
        var historySchemas = new TreeSet<String>();
        history.tables().forEach(t -> SchemaModel.schemaOf(t).ifPresent(historySchemas::add));
        try (var phase = project.progress.start("compare", "comparing the entities with " + db.describe())) {
            SchemaModel everything;
            try (var reading = project.progress.time("read")) {
                everything = DatabaseReader.read(c, config.schema(), historySchemas, neverCompared);
            }
            Set<String> emptyColumns = live ? RowEstimates.emptyColumns(c, config.schema()) : Set.of();
            var mapping = project.mapping();
            SchemaModel mapped = mapping.schema();
            var filter = config.filter();
            SchemaModel target = filter.apply(new SchemaModel(mapped.tables().stream().filter(t -> !config.excluded(t.name())).toList(),
                    mapped.sequences(), mapped.enumTypes()));
            var schemas = new TreeSet<>(target.schemas());
            schemas.addAll(historySchemas);
            if (!historySchemas.containsAll(target.schemas()))   // an entity in a schema the history never created
                try (var reading = project.progress.time("read")) {
                    everything = DatabaseReader.read(c, config.schema(), schemas, neverCompared);
                }
            SchemaModel read = everything;
            SchemaModel current = filter.apply(new SchemaModel(
                    read.tables().stream().filter(t -> target.table(t.name()).isPresent() || history.tables().contains(t.name()))
                            .toList(),
                    read.sequences().stream().filter(s -> target.sequence(s.name()).isPresent()
                            || history.sequences().contains(s.name())).toList(),
                    read.enumTypes().stream().filter(e -> target.enumType(e.name()).isPresent()
                            || history.enumTypes().contains(e.name())).toList()));
            var renamed = new RenameDetector(mapping.hints(), renames, emptyColumns).detect(current, target);
            var operations = new ArrayList<>(renamed.renames());
            CanonicalExpressions expressions;
            try (var canonical = project.progress.time("expressions")) {
                expressions = ExpressionCanonicalizer.canonical(c, renamed.current(), target);
            }
            operations.addAll(new Comparator(expressions, config.timestampTimeZone()).compare(renamed.current(), target));
            return new Difference(operations, renamed.notes(), mapping.entityClasses(), mapping, target, renamed.current(),
                    expressions);
        }
    }
}
