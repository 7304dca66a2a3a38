package autogen.model;

import static java.util.Comparator.comparing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The tables, sequences and enum types of one schema, sorted by name. */
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

    public Optional<EnumType> enumType(String name) {
        return enumTypes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
