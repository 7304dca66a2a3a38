package autogen.inspect;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names as PostgreSQL stores them: identifier folding and truncation, and the names PostgreSQL chooses for
 * constraints that Hibernate's DDL leaves unnamed (primary keys, inline unique constraints, anonymous checks).
 *
 * <p>The rules follow PostgreSQL's own code: {@code truncate_identifier} (scan.l), {@code makeObjectName},
 * {@code ChooseRelationName} and {@code ChooseIndexNameAddition} (indexcmds.c), {@code ChooseConstraintName}
 * (pg_constraint.c) and the check naming of {@code AddRelationNewConstraints} (heap.c).
 */
public final class PostgresNames {

    /** NAMEDATALEN - 1: the longest name PostgreSQL keeps, in bytes (of the UTF-8 server encoding). */
    public static final int MAX_BYTES = 63;

    private PostgresNames() {}

    /** An identifier as stored: a quoted one keeps its text, an unquoted one is folded (ASCII only, as PostgreSQL does). */
    public static String identifier(String text, boolean quoted) {
        return truncate(quoted ? text : foldAscii(text));
    }

    /** {@link #identifier} for SQL text that may carry its own double quotes, such as a Hibernate constraint name. */
    public static String identifier(String sql) {
        String s = sql.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`")))
            return identifier(s.substring(1, s.length() - 1), true);
        return identifier(s, false);
    }

    /** Cuts a name to {@link #MAX_BYTES} bytes without splitting a character, as PostgreSQL does (with a NOTICE). */
    public static String truncate(String name) {
        return clip(name, MAX_BYTES);
    }

    /**
     * PostgreSQL's {@code makeObjectName}: {@code name1_name2_label}, fitted into 63 bytes by shortening the longer of
     * name1 and name2 first (name2 when they are equally long); the label is never cut. {@code name2} and
     * {@code label} may be null.
     */
    public static String makeObjectName(String name1, String name2, String label) {
        int overhead = (name2 != null ? 1 : 0) + (label != null ? bytes(label) + 1 : 0);
        int available = MAX_BYTES - overhead;
        int chars1 = bytes(name1);
        int chars2 = name2 != null ? bytes(name2) : 0;
        while (chars1 + chars2 > available) {
            if (chars1 > chars2) chars1--;
            else chars2--;
        }
        var name = new StringBuilder(clip(name1, chars1));
        if (name2 != null) name.append('_').append(clip(name2, chars2));
        if (label != null) name.append('_').append(label);
        return name.toString();
    }

    /**
     * PostgreSQL's {@code ChooseRelationName} / {@code ChooseConstraintName}: the first of {@code label},
     * {@code label1}, {@code label2}, … whose object name is not in {@code used}; the chosen name is added to it.
     */
    public static String choose(String name1, String name2, String label, Set<String> used) {
        String modlabel = label;
        for (int pass = 1; ; pass++) {
            String name = makeObjectName(name1, name2, modlabel);
            if (used.add(name)) return name;
            modlabel = label + pass;
        }
    }

    /** The name of an unnamed primary key: {@code <table>_pkey}. */
    public static String primaryKey(String table, Set<String> used) {
        return choose(table, null, "pkey", used);
    }

    /** The name of an unnamed unique constraint: {@code <table>_<col1>_<col2>_key}. */
    public static String uniqueKey(String table, List<String> columns, Set<String> used) {
        return choose(table, indexNameAddition(columns), "key", used);
    }

    /**
     * The name of an unnamed check: {@code <table>_<column>_check} when the expression references exactly one column
     * of the table, {@code <table>_check} otherwise (whether it was written on the column or on the table).
     */
    public static String check(String table, String expression, Collection<String> tableColumns, Set<String> used) {
        Set<String> referenced = referencedColumns(expression, tableColumns);
        return choose(table, referenced.size() == 1 ? referenced.iterator().next() : null, "check", used);
    }

    /** {@code ChooseIndexNameAddition}: column names joined by underscores, stopping once NAMEDATALEN is reached. */
    static String indexNameAddition(List<String> columns) {
        var out = new StringBuilder();
        for (String column : columns) {
            if (!out.isEmpty()) out.append('_');
            out.append(truncate(column));
            if (bytes(out.toString()) >= MAX_BYTES + 1) break;
        }
        return out.toString();
    }

    /**
     * The columns of the table an SQL expression mentions, in order of appearance. PostgreSQL counts the distinct
     * columns of the parsed expression; this reads the tokens: string literals, function names (followed by
     * {@code (}) and type names (after {@code ::}) are skipped.
     */
    public static Set<String> referencedColumns(String expression, Collection<String> tableColumns) {
        var found = new LinkedHashSet<String>();
        int i = 0;
        int n = expression.length();
        boolean afterCast = false;
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = skipQuoted(expression, i, '\'');
                afterCast = false;
            } else if (c == '"') {
                int end = skipQuoted(expression, i, '"');
                String name = expression.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
                if (!afterCast && !followedByParen(expression, end) && tableColumns.contains(truncate(name)))
                    found.add(truncate(name));
                i = end;
                afterCast = false;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
                        || expression.charAt(end) == '$'))
                    end++;
                String name = identifier(expression.substring(i, end), false);
                if (!afterCast && !followedByParen(expression, end) && tableColumns.contains(name)) found.add(name);
                i = end;
                afterCast = false;
            } else if (c == ':' && i + 1 < n && expression.charAt(i + 1) == ':') {
                afterCast = true;
                i += 2;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) i++;
                afterCast = false;
            } else {
                if (!Character.isWhitespace(c)) afterCast = false;
                i++;
            }
        }
        return found;
    }

    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) i += 2;   // doubled quote is an escaped one
                else return i + 1;
            } else i++;
        }
        return s.length();
    }

    private static boolean followedByParen(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i < s.length() && s.charAt(i) == '(';
    }

    private static String foldAscii(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** pg_mbcliplen: the longest prefix of at most {@code maxBytes} UTF-8 bytes that ends on a character boundary. */
    private static String clip(String s, int maxBytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > maxBytes) break;
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
