package autogen.diff;

import autogen.model.Column;
import autogen.model.EnumType;
import autogen.model.SchemaModel;
import autogen.model.Sequence;
import autogen.model.Table;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a baseline adopts of a live database: the tables the entities map, and what they depend on (the tables
 * their foreign keys reference, the sequences and enum types the entities or those tables' columns use). Anything
 * else there belongs to someone else (a lock table another part of the application uses, another application's
 * tables) and is left alone: a baseline that adopted it would have the next {@code check} propose dropping it.
 *
 * @param adopted the part of the live schema the baseline creates
 * @param leftAlone the tables, sequences and enum types of the live schema it leaves out, by name
 */
public record Adoption(SchemaModel adopted, List<String> leftAlone) {

    public static Adoption of(SchemaModel live, SchemaModel mapped) {
        var tables = new LinkedHashSet<String>();
        var pending = new ArrayDeque<String>();
        for (Table t : mapped.tables()) if (live.table(t.name()).isPresent()) pending.add(t.name());
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (!tables.add(name)) continue;
            live.table(name).ifPresent(t -> t.foreignKeys().forEach(fk -> pending.add(fk.referencedTable())));
        }
        var keptTables = live.tables().stream().filter(t -> tables.contains(t.name())).toList();
        var columns = keptTables.stream().flatMap(t -> t.columns().stream()).toList();
        var sequences = live.sequences().stream()
                .filter(s -> mapped.sequence(s.name()).isPresent() || usedInDefaults(s, columns)).toList();
        var enumTypes = live.enumTypes().stream()
                .filter(e -> mapped.enumType(e.name()).isPresent() || usedAsType(e, columns)).toList();

        var leftAlone = new TreeSet<String>();
        live.tables().stream().map(Table::name).filter(n -> !tables.contains(n)).forEach(leftAlone::add);
        live.sequences().stream().filter(s -> !sequences.contains(s)).map(Sequence::name).forEach(leftAlone::add);
        live.enumTypes().stream().filter(e -> !enumTypes.contains(e)).map(EnumType::name).forEach(leftAlone::add);
        return new Adoption(new SchemaModel(keptTables, sequences, enumTypes), List.copyOf(leftAlone));
    }

    /** A sequence a kept column draws from ({@code nextval('invoice_number_seq')}). */
    private static boolean usedInDefaults(Sequence sequence, List<Column> columns) {
        String bare = sequence.name().substring(sequence.name().indexOf('.') + 1);
        return columns.stream().anyMatch(c -> c.defaultSql().filter(d -> d.contains("nextval(") && d.contains(bare)).isPresent());
    }

    private static boolean usedAsType(EnumType type, List<Column> columns) {
        Set<String> spellings = Set.of(type.name(), type.name() + "[]");
        return columns.stream().anyMatch(c -> spellings.contains(c.type().sql()));
    }
}
