package autogen.tooling;

import autogen.MigrationException;
import autogen.model.SchemaModel;
import autogen.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Names the entities give twice where PostgreSQL wants them once, found before any SQL runs. Hibernate accepts
 * them; PostgreSQL refuses the second: tables, sequences, indexes and the indexes behind primary keys and unique
 * constraints share one namespace per schema, and a table's constraints share one per table.
 */
final class NameCollisions {

    private NameCollisions() {}

    /**
     * {@code described}: (table, what) → what, with the class that maps the table ({@code table orders (demo.Orders)}).
     *
     * @throws MigrationException naming the first collision, each of its owners, and how to resolve it
     */
    static void check(SchemaModel target, BiFunction<String, String, String> described) {
        var relations = new LinkedHashMap<String, List<String>>();   // schema-qualified name → its owners
        for (var s : target.sequences()) add(relations, s.name(), "sequence " + s.name());
        for (Table t : target.tables()) {
            String schema = SchemaModel.schemaOf(t.name()).map(n -> n + ".").orElse("");
            add(relations, t.name(), described.apply(t.name(), "table " + t.name()));
            t.primaryKey().ifPresent(pk -> add(relations, schema + pk.name(), described.apply(t.name(), "the primary key of " + t.name())));
            t.uniqueConstraints().forEach(u -> add(relations, schema + u.name(), described.apply(t.name(), "a unique key of " + t.name())));
            t.indexes().forEach(i -> add(relations, schema + i.name(), described.apply(t.name(), "an index of " + t.name())));
        }
        for (var entry : relations.entrySet())
            if (entry.getValue().size() > 1)
                throw new MigrationException("revision not written: the name " + bare(entry.getKey()) + " is given to "
                        + String.join(" and to ", entry.getValue()) + "; PostgreSQL keeps one namespace for the tables, "
                        + "sequences, indexes and keys of a schema, so it would refuse the second: give each its own name "
                        + "in the mapping (@Table(name), @UniqueConstraint(name), @Index(name))");
        for (Table t : target.tables()) {
            var constraints = new LinkedHashMap<String, List<String>>();
            t.primaryKey().ifPresent(pk -> add(constraints, pk.name(), "the primary key"));
            t.uniqueConstraints().forEach(u -> add(constraints, u.name(), "a unique key"));
            t.checks().forEach(k -> add(constraints, k.name(), "a check"));
            t.foreignKeys().forEach(fk -> add(constraints, fk.name(), "a foreign key"));
            for (var entry : constraints.entrySet())
                if (entry.getValue().size() > 1)
                    throw new MigrationException("revision not written: " + described.apply(t.name(), "table " + t.name())
                            + " names " + String.join(" and ", entry.getValue()) + " " + entry.getKey() + "; a table's "
                            + "constraints need names of their own: rename one in the mapping (@ForeignKey(name), @Check(name), "
                            + "@UniqueConstraint(name))");
        }
    }

    private static void add(Map<String, List<String>> names, String name, String owner) {
        names.computeIfAbsent(name, n -> new ArrayList<>()).add(owner);
    }

    private static String bare(String name) {
        return name.substring(name.indexOf('.') + 1);
    }
}
