package autogen.model;

import static java.util.Comparator.comparing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The tables, sequences and enum types autogen compares, sorted by name. Names in the default schema are bare;
 * names in other schemas are written {@code schema.name}.
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {

    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of());

    public SchemaModel(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
    }

    public SchemaModel {
        enumTypes = enumTypes.stream().sorted(comparing(EnumType::name)).toList();
        tables = tables.stream().sorted(comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(comparing(Sequence::name)).toList();
        var names = new HashSet<String>();
        for (Table t : tables)
            if (!names.add(t.name())) throw new IllegalArgumentException("two tables named " + t.name());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The schema of a name written {@code schema.name}; empty for a name in the default schema. */
    public static Optional<String> schemaOf(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? Optional.of(name.substring(0, dot)) : Optional.empty();
    }

    /** The schemas other than the default that this model's tables, sequences and enum types live in. */
    public SortedSet<String> schemas() {
        var schemas = new TreeSet<String>();
        tables.forEach(t -> schemaOf(t.name()).ifPresent(schemas::add));
        sequences.forEach(s -> schemaOf(s.name()).ifPresent(schemas::add));
        enumTypes.forEach(e -> schemaOf(e.name()).ifPresent(schemas::add));
        return schemas;
    }

    public Optional<EnumType> enumType(String name) {
        return enumTypes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
