package autogen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two shapes of check Hibernate derives from entities, in both spellings: as Hibernate writes them
 * ({@code kind in ('INFO','WARN')}, {@code kind between 0 and 1}) and as PostgreSQL stores them
 * ({@code ((kind)::text = ANY ((ARRAY['INFO'::character varying, ...])::text[]))}, {@code ((kind >= 0) AND (kind <= 1))}).
 * Two uses: a downgrade restores a check in the first spelling, which PostgreSQL stores exactly as the second; and a
 * check whose allowed values only grow (an enum constant added) cannot fail on existing rows.
 *
 * <p>Only these exact shapes are recognised; any other expression is left as it is and never counts as widened.
 */
public final class CheckForms {

    private CheckForms() {}

    private static final String COLUMN = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String NUMBER = "(-?\\d{1,18})";
    private static final Pattern WRITTEN_IN = Pattern.compile("^\\(?" + COLUMN + " in \\((.+?)\\)\\)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STORED_VARCHAR_IN = Pattern.compile("^\\(\\(" + COLUMN + "\\)::text = ANY \\(\\(ARRAY\\[(.+)]\\)::text\\[]\\)\\)$");
    private static final Pattern STORED_IN = Pattern.compile("^\\(" + COLUMN + " = ANY \\(ARRAY\\[(.+)]\\)\\)$");
    /** The varchar form stored once more (a downgrade that restored PostgreSQL's text): each item cast twice. */
    private static final Pattern STORED_AGAIN_IN = Pattern.compile("^\\(\\(" + COLUMN + "\\)::text = ANY \\(ARRAY\\[(.+)]\\)\\)$");
    private static final Pattern WRITTEN_BETWEEN = Pattern.compile("^\\(?" + COLUMN + " between " + NUMBER + " and " + NUMBER + "\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STORED_BETWEEN = Pattern.compile("^\\(\\(" + COLUMN + " >= " + NUMBER + "\\) AND \\(" + COLUMN + " <= " + NUMBER + "\\)\\)$");
    private static final Pattern LITERAL = Pattern.compile("^('(?:[^']|'')*')(?:::(?:character varying|text))?$|^" + NUMBER
            + "$|^\\(('(?:[^']|'')*')::character varying\\)::text$");

    /** A column restricted to listed values (kept as SQL literals) or to a range of integers. */
    private sealed interface Shape permits Values, Range {
        String column();
    }

    private record Values(String column, List<String> literals) implements Shape {}

    private record Range(String column, long low, long high) implements Shape {}

    /**
     * The check as Hibernate would write it, when it is one of the two shapes; else without the parentheses
     * PostgreSQL puts around every stored check ({@code (price > 0)} is {@code price > 0}).
     */
    public static String written(String expression) {
        return shape(expression.strip()).map(s -> s instanceof Values v
                ? v.column() + " in (" + String.join(",", v.literals()) + ")"
                : ((Range) s).column() + " between " + ((Range) s).low() + " and " + ((Range) s).high())
                .orElseGet(() -> unwrapped(expression.strip()));
    }

    /**
     * A key under which a check as Hibernate writes it and the same check as PostgreSQL stores it meet, without a
     * database: {@link #written}, with unquoted identifiers and keywords folded to lower case. Equal keys are the
     * same check; unequal ones may still be (PostgreSQL respells casts), which only the canonical comparison tells.
     */
    public static String comparable(String expression) {
        String written = written(expression);
        var out = new StringBuilder(written.length());
        char quote = 0;
        for (char ch : written.toCharArray()) {
            if (quote == 0 && (ch == '\'' || ch == '"')) quote = ch;
            else if (ch == quote) quote = 0;
            out.append(quote == 0 ? Character.toLowerCase(ch) : ch);
        }
        return out.toString();
    }

    /** Without one pair of parentheses around the whole expression, if it has one (outside string literals). */
    private static String unwrapped(String expression) {
        if (!expression.startsWith("(") || !expression.endsWith(")")) return expression;
        int depth = 0;
        char quote = 0;   // the quote a literal or identifier is open in, or 0
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (quote == 0 && (ch == '\'' || ch == '"')) quote = ch;
            else if (ch == quote) quote = 0;
            if (quote != 0) continue;
            if (ch == '(') depth++;
            if (ch == ')' && --depth == 0 && i < expression.length() - 1) return expression;   // the first pair closes early
        }
        return depth == 0 && quote == 0 ? expression.substring(1, expression.length() - 1).strip() : expression;
    }

    /** Whether every row that passes {@code from} passes {@code to}: the same column, and its allowed values only grow. */
    public static boolean widens(String from, String to) {
        var a = shape(from.strip());
        var b = shape(to.strip());
        if (a.isEmpty() || b.isEmpty() || !sameColumn(a.get().column(), b.get().column())) return false;
        if (a.get() instanceof Values va && b.get() instanceof Values vb) return vb.literals().containsAll(va.literals());
        if (a.get() instanceof Range ra && b.get() instanceof Range rb) return rb.low() <= ra.low() && ra.high() <= rb.high();
        return false;
    }

    /** The first value {@code expression} allows {@code column} when it is one of the two shapes on that column. */
    public static Optional<String> firstAllowed(String expression, String column) {
        return shape(expression.strip()).filter(s -> sameColumn(s.column(), column))
                .map(s -> s instanceof Values v ? v.literals().get(0) : Long.toString(((Range) s).low()));
    }

    private static boolean sameColumn(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /** An unquoted identifier folds to lower case in PostgreSQL; a quoted one is taken as it is. */
    private static String fold(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
                : identifier.toLowerCase(Locale.ROOT);
    }

    private static Optional<Shape> shape(String expression) {
        for (Pattern in : List.of(WRITTEN_IN, STORED_VARCHAR_IN, STORED_AGAIN_IN, STORED_IN)) {
            Matcher m = in.matcher(expression);
            if (m.matches()) return literals(m.group(2), in == WRITTEN_IN ? "," : ", ").map(l -> new Values(m.group(1), l));
        }
        Matcher between = WRITTEN_BETWEEN.matcher(expression);
        if (between.matches())
            return Optional.of(new Range(between.group(1), Long.parseLong(between.group(2)), Long.parseLong(between.group(3))));
        Matcher stored = STORED_BETWEEN.matcher(expression);
        if (stored.matches() && stored.group(1).equals(stored.group(3)))
            return Optional.of(new Range(stored.group(1), Long.parseLong(stored.group(2)), Long.parseLong(stored.group(4))));
        return Optional.empty();
    }

    /** The list's items as bare literals ({@code 'INFO'}, {@code 3}), or empty when an item is anything else. */
    private static Optional<List<String>> literals(String list, String separator) {
        var items = new ArrayList<String>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= list.length(); i++) {
            if (i < list.length() && list.charAt(i) == '\'') quoted = !quoted;
            if (i == list.length() || !quoted && list.startsWith(separator, i)) {
                Matcher m = LITERAL.matcher(list.substring(start, i).strip());
                if (!m.matches()) return Optional.empty();
                items.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
                if (i < list.length()) i += separator.length() - 1;
                start = i + 1;
            }
        }
        return Optional.of(items);
    }
}
