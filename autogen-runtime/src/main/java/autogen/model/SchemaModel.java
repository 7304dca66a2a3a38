package autogen.model;

import static java.util.Comparator.comparing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The tables, sequences and enum types autogen compares, sorted by name. Names in the default schema are bare;
 * names in other schemas are written {@code schema.name}.
 *
 * <p>A value class rather than a record only to hold a name index: the comparison looks up every table of one model
 * in the other, which a scan made quadratic in the table count.
 */
public final class SchemaModel {

    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of());

    private final List<Table> tables;
    private final List<Sequence> sequences;
    private final List<EnumType> enumTypes;
    private final Map<String, Table> tablesByName;
    private final Map<String, Sequence> sequencesByName;
    private final Map<String, EnumType> enumTypesByName;

    public SchemaModel(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
    }

    public SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
        this.enumTypes = enumTypes.stream().sorted(comparing(EnumType::name)).toList();
        this.tables = tables.stream().sorted(comparing(Table::name)).toList();
        this.sequences = sequences.stream().sorted(comparing(Sequence::name)).toList();
        this.tablesByName = new HashMap<>();
        for (Table t : this.tables)
            if (tablesByName.putIfAbsent(t.name(), t) != null) throw new IllegalArgumentException("two tables named " + t.name());
        this.sequencesByName = byName(this.sequences, Sequence::name);
        this.enumTypesByName = byName(this.enumTypes, EnumType::name);
    }

    /** The first of each name, as the scan this replaces found it. */
    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        var map = new HashMap<String, T>();
        for (T item : items) map.putIfAbsent(name.apply(item), item);
        return map;
    }

    public List<Table> tables() {
        return tables;
    }

    public List<Sequence> sequences() {
        return sequences;
    }

    public List<EnumType> enumTypes() {
        return enumTypes;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tablesByName.get(name));
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
        return Optional.ofNullable(enumTypesByName.get(name));
    }

    public Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequencesByName.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaModel m && tables.equals(m.tables) && sequences.equals(m.sequences)
                && enumTypes.equals(m.enumTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, sequences, enumTypes);
    }

    @Override
    public String toString() {
        return "SchemaModel[tables=" + tables + ", sequences=" + sequences + ", enumTypes=" + enumTypes + "]";
    }
}
