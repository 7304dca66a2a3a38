package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain (not constraint-backing) index on columns of one table, in key order. Each key is a column name,
 * optionally followed by its ordering as in SQL ({@code "placed_at DESC"}, {@code "name NULLS FIRST"}); the
 * ordering is kept only where it differs from PostgreSQL's default (ascending, nulls last; descending, nulls first),
 * so that equal indexes compare equal however they were written.
 */
public record Index(String name, List<String> columns, boolean unique) {

    private static final Pattern KEY = Pattern.compile("^(.*?)(?:\\s+(?i:(ASC|DESC)))?(?:\\s+(?i:NULLS\\s+(FIRST|LAST)))?$");

    public Index {
        requireNonNull(name, "name");
        columns = columns.stream().map(Index::canonicalKey).toList();
        if (columns.isEmpty()) throw new IllegalArgumentException("index " + name + " has no columns");
    }

    /** A key split into the column and its ordering suffix (empty, {@code " DESC"}, {@code " NULLS FIRST"}, ...). */
    public record Key(String column, String ordering) {}

    public static Key key(String spec) {
        Matcher m = KEY.matcher(spec.strip());
        if (!m.matches()) return new Key(spec, "");
        boolean descending = "DESC".equalsIgnoreCase(m.group(2));
        String nulls = m.group(3) == null ? null : m.group(3).toUpperCase(Locale.ROOT);
        boolean nullsFirst = nulls == null ? descending : nulls.equals("FIRST");
        String ordering = (descending ? " DESC" : "") + (nullsFirst == descending ? "" : nullsFirst ? " NULLS FIRST" : " NULLS LAST");
        return new Key(m.group(1), ordering);
    }

    private static String canonicalKey(String spec) {
        Key key = key(spec);
        return key.column() + key.ordering();
    }
}
