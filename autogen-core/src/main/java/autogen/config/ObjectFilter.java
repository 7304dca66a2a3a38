package autogen.config;

import autogen.model.EnumType;
import autogen.model.Index;
import autogen.model.SchemaModel;
import autogen.model.Sequence;
import autogen.model.Table;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code exclude} setting: what autogen leaves alone on both sides (Alembic's {@code include_object}). An entry
 * is a table pattern, or a pattern after a kind: {@code column:} ({@code table.column}), {@code index:},
 * {@code sequence:}, {@code enum:} (type names); {@code *} is any run of characters, {@code ?} one. A left-out column
 * takes the indexes and keys on it along, so that neither side proposes them.
 */
public final class ObjectFilter {

    private static final List<String> KINDS = List.of("table", "column", "index", "sequence", "enum");

    private record Entry(String kind, Pattern pattern) {}

    private final List<Entry> entries;

    ObjectFilter(List<String> exclude) {
        this.entries = exclude.stream().map(ObjectFilter::entry).toList();
    }

    /** The kinds an entry may name, to check the setting when it is read: {@code column:a.b} names column. */
    static boolean knownKind(String entry) {
        int colon = entry.indexOf(':');
        return colon < 0 || KINDS.contains(entry.substring(0, colon));
    }

    private static Entry entry(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || !KINDS.contains(text.substring(0, colon))) return new Entry("table", glob(text));
        return new Entry(text.substring(0, colon), glob(text.substring(colon + 1)));
    }

    private boolean matches(String kind, String name) {
        return entries.stream().anyMatch(e -> e.kind().equals(kind) && e.pattern().matcher(name).matches());
    }

    public boolean table(String table) {
        return matches("table", table);
    }

    public boolean column(String table, String column) {
        return matches("column", table + "." + column);
    }

    /** The model without the columns, indexes, sequences and enum types excluded (tables are left out where read). */
    public SchemaModel apply(SchemaModel model) {
        if (entries.stream().allMatch(e -> e.kind().equals("table"))) return model;
        var tables = model.tables().stream().map(this::apply).toList();
        List<Sequence> sequences = model.sequences().stream().filter(s -> !matches("sequence", s.name())).toList();
        List<EnumType> enums = model.enumTypes().stream().filter(e -> !matches("enum", e.name())).toList();
        return new SchemaModel(tables, sequences, enums);
    }

    private Table apply(Table t) {
        String name = t.name();
        java.util.function.Predicate<List<String>> kept = columns -> columns.stream().noneMatch(c -> column(name, c));
        return new Table(name, t.columns().stream().filter(c -> !column(name, c.name())).toList(),
                t.primaryKey().filter(pk -> kept.test(pk.columns())),
                t.uniqueConstraints().stream().filter(u -> kept.test(u.columns())).toList(),
                t.checks(),
                t.indexes().stream().filter(i -> !matches("index", i.name())
                        && kept.test(i.columns().stream().map(k -> Index.key(k).column()).toList())).toList(),
                t.foreignKeys().stream().filter(fk -> kept.test(fk.columns())).toList(),
                t.comment());
    }

    static Pattern glob(String pattern) {
        var regex = new StringBuilder();
        for (char c : pattern.toCharArray())
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        return Pattern.compile(regex.toString());
    }
}
