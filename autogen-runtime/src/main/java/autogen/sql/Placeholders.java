package autogen.sql;

import autogen.ops.IrreversibleOperationException;
import java.util.List;

/**
 * Binds the {@code ?} marks of a parameterised {@code op.execute(sql, parameters...)} to SQL literals. A {@code ?}
 * counts only where PostgreSQL would read an operator or a value: not inside a quoted literal ({@code '...'},
 * {@code E'...'}), a quoted identifier, a dollar-quoted body or a comment. {@code ??} stands for one literal
 * {@code ?} (a jsonb operator), as in JDBC.
 */
public final class Placeholders {

    private Placeholders() {}

    public static String bind(String sql, List<Object> parameters) {
        var out = new StringBuilder(sql.length() + 16 * parameters.size());
        int next = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = skipQuoted(sql, i);
            if (end > i) {
                out.append(sql, i, end);
                i = end;
            } else if (c == '?' && i + 1 < sql.length() && sql.charAt(i + 1) == '?') {
                out.append('?');
                i += 2;
            } else if (c == '?') {
                if (next == parameters.size())
                    throw new IrreversibleOperationException("more ? marks than parameters in: " + sql);
                out.append(literal(parameters.get(next++)));
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        if (next != parameters.size())
            throw new IrreversibleOperationException(parameters.size() + " parameters for " + next + " ? marks in: " + sql);
        return out.toString();
    }

    /** The end of the quoted text or comment starting at {@code i}, or {@code i} when none starts there. */
    private static int skipQuoted(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'') {
            boolean backslashes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                    && (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_');
            return closing(sql, i + 1, '\'', backslashes);
        }
        if (c == '"') return closing(sql, i + 1, '"', false);
        if (c == '-' && sql.startsWith("--", i)) {
            int nl = sql.indexOf('\n', i);
            return nl < 0 ? sql.length() : nl + 1;
        }
        if (c == '/' && sql.startsWith("/*", i)) return blockCommentEnd(sql, i);
        if (c == '$') {
            int tagEnd = dollarTagEnd(sql, i);
            if (tagEnd < 0) return i;
            String tag = sql.substring(i, tagEnd + 1);
            int close = sql.indexOf(tag, tagEnd + 1);
            return close < 0 ? sql.length() : close + tag.length();
        }
        return i;
    }

    /** After the opening quote at {@code from - 1}: the index after the closing one; doubled quotes stay inside. */
    private static int closing(String sql, int from, char quote, boolean backslashes) {
        for (int j = from; j < sql.length(); j++) {
            char d = sql.charAt(j);
            if (backslashes && d == '\\') j++;
            else if (d == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) j++;
                else return j + 1;
            }
        }
        return sql.length();
    }

    /** PostgreSQL's block comments nest. */
    private static int blockCommentEnd(String sql, int i) {
        int depth = 0;
        for (int j = i; j < sql.length() - 1; j++) {
            if (sql.startsWith("/*", j)) {
                depth++;
                j++;
            } else if (sql.startsWith("*/", j)) {
                depth--;
                j++;
                if (depth == 0) return j + 1;
            }
        }
        return sql.length();
    }

    /** {@code $tag$} or {@code $$} starting at {@code i}: the index of its closing {@code $}, or -1 ({@code $1}, a name). */
    private static int dollarTagEnd(String sql, int i) {
        if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) return -1;
        for (int j = i + 1; j < sql.length(); j++) {
            char d = sql.charAt(j);
            if (d == '$') return j;
            if (!(Character.isLetter(d) || d == '_' || j > i + 1 && Character.isDigit(d))) return -1;
        }
        return -1;
    }

    private static String literal(Object value) {
        if (value == null) return "NULL";
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        return Identifiers.literal(value.toString());
    }
}
