package autogen.sql;

import java.util.Set;
import java.util.regex.Pattern;

/** Quoting of PostgreSQL identifiers: bare when PostgreSQL would read them back unchanged, double-quoted otherwise. */
public final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * PostgreSQL 17's reserved keywords and those that cannot name a table or column
     * ({@code select word from pg_get_keywords() where catcode in ('R','T')}).
     */
    private static final Set<String> RESERVED = Set.of(("all analyse analyze and any array as asc asymmetric authorization "
            + "binary both case cast check collate collation column concurrently constraint create cross current_catalog "
            + "current_date current_role current_schema current_time current_timestamp current_user default deferrable "
            + "desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in "
            + "initially inner intersect into is isnull join lateral leading left like limit localtime localtimestamp "
            + "natural not notnull null offset on only or order outer overlaps placing primary references returning "
            + "right select session_user similar some symmetric system_user table tablesample then to trailing true "
            + "union unique user using variadic verbose when where window with").split(" "));

    private Identifiers() {}

    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) return identifier;
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A table, sequence or type name as the model writes it, {@code name} or {@code schema.name} (outside the
     * default schema), quoted part by part.
     */
    public static String qualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? quote(name) : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
    }

    /** The schema part of a qualified name, with its dot ({@code "sales."}), or nothing in the default schema. */
    public static String schemaPrefix(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? "" : quote(name.substring(0, dot)) + ".";
    }

    /**
     * {@code body} dollar-quoted ({@code $tag$body$tag$}) with a tag that does not occur in it, so that no name or
     * value inside can end the quoting early.
     */
    public static String dollarQuoted(String tag, String body) {
        String candidate = tag;
        for (int n = 1; body.contains("$" + candidate + "$"); n++) candidate = tag + n;
        return "$" + candidate + "$" + body + "$" + candidate + "$";
    }

    /** A SQL string literal, for comments and version-table values. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
