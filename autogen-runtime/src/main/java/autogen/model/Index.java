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
 * so that equal indexes compare equal however they were written. The access method is part of the index: a
 * {@code gin} index where the entities declare a plain one is drift.
 */
public record Index(String name, List<String> columns, boolean unique, String method) {

    /** PostgreSQL's default access method, the only one Hibernate writes. */
    public static final String DEFAULT_METHOD = "btree";

    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, DEFAULT_METHOD);
    }

    private static final Pattern KEY = Pattern.compile("^(.*?)(?:\\s+(?i:(ASC|DESC)))?(?:\\s+(?i:NULLS\\s+(FIRST|LAST)))?$");

    public Index {
        requireNonNull(name, "name");
        method = requireNonNull(method, "method").strip().toLowerCase(Locale.ROOT);
        columns = columns.stream().map(Index::canonicalKey).toList();
        if (columns.isEmpty()) throw new IllegalArgumentException("index " + name + " has no columns");
    }

    /** The same index built with another access method ({@code gin}, {@code hash}, ...). */
    public Index using(String accessMethod) {
        return new Index(name, columns, unique, accessMethod);
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
