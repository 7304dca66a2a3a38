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

/**
 * The operations from the database to the entities, which {@code revision} writes and {@code check} reports. Left
 * out on both sides: the version table and tables the {@code exclude} setting names; on the database side also the
 * tables, sequences and enum types that neither an entity maps nor the history created, so that other applications'
 * objects are never proposed for dropping.
 */
final class EntityComparison {

    /** {@code entityClasses}: the class mapping each of the entities' tables ({@link EntityInspector.Mapping}). */
    record Difference(List<Operation> operations, Map<Operation, String> notes, Map<String, String> entityClasses) {}

    private EntityComparison() {}

    /** {@code live}: the database is the user's, whose statistics say which columns hold data. */
    static Difference compare(Project project, Database db, Connection c, RevisionGraph graph, RenameQuestioner renames) {
        var mapping = project.mapping();
        AutogenConfig config = project.config;
        boolean live = !db.embedded();
        try (var phase = project.progress.start("compare", "comparing the entities with " + db.describe())) {
            return compare(config, mapping, c, graph, renames, live, project.progress);
        }
    }

    private static Difference compare(AutogenConfig config, EntityInspector.Mapping mapping, Connection c, RevisionGraph graph,
            RenameQuestioner renames, boolean live, Progress progress) {
        SchemaModel mapped = mapping.schema();
        SchemaModel target = new SchemaModel(mapped.tables().stream().filter(t -> !config.excluded(t.name())).toList(),
                mapped.sequences(), mapped.enumTypes());
        var history = HistoryObjects.of(graph);
        var schemas = new TreeSet<>(target.schemas());
        history.tables().forEach(t -> SchemaModel.schemaOf(t).ifPresent(schemas::add));
        var versionTable = new VersionTable(config.versionTable());
        SchemaModel read;
        try (var phase = progress.time("read")) {
            read = DatabaseReader.read(c, config.schema(), schemas, table -> versionTable.owns(table)
                    || config.excluded(table) || target.table(table).isEmpty() && !history.tables().contains(table));
        }
        SchemaModel current = new SchemaModel(read.tables(),
                read.sequences().stream().filter(s -> target.sequence(s.name()).isPresent()
                        || history.sequences().contains(s.name())).toList(),
                read.enumTypes().stream().filter(e -> target.enumType(e.name()).isPresent()
                        || history.enumTypes().contains(e.name())).toList());
        var renamed = new RenameDetector(mapping.hints(), renames, live ? RowEstimates.emptyColumns(c, config.schema()) : Set.of())
                .detect(current, target);
        var operations = new ArrayList<>(renamed.renames());
        CanonicalExpressions expressions;
        try (var phase = progress.time("expressions")) {
            expressions = ExpressionCanonicalizer.canonical(c, renamed.current(), target);
        }
        operations.addAll(new Comparator(expressions, config.timestampTimeZone()).compare(renamed.current(), target));
        return new Difference(operations, renamed.notes(), mapping.entityClasses());
    }
}
