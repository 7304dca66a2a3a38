package autogen.reflect;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Column defaults as PostgreSQL prints them ({@code pg_get_expr(adbin, adrelid)}), brought back to what was written.
 * PostgreSQL stores a default coerced to the column's type, so {@code DEFAULT 'abc'} reads back as
 * {@code 'abc'::character varying} and {@code DEFAULT 0} on a numeric column as {@code '0'::numeric}; Hibernate's
 * side has neither cast, so without this every such default would be reported as drift.
 *
 * <p>Only a whole expression that is one literal and one cast is rewritten: casts inside a larger expression
 * ({@code nextval('x_seq'::regclass)}, {@code ('a'::text || 'b'::text)}) are kept as PostgreSQL prints them.
 */
final class DefaultExpressions {

    private static final String STRING = "'(?:[^']|'')*'";
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?";
    /** A type name as a cast prints it: {@code character varying(20)}, {@code timestamp(6) without time zone}, {@code text[]}. */
    private static final String TYPE = "[^'():]+(?:\\([\\d, ]+\\)[^'():]*)?";
    private static final String NUMERIC_TYPE =
            "(?:smallint|integer|bigint|real|double precision|numeric(?:\\(\\d+(?:, ?\\d+)?\\))?)";

    /** {@code '0'::numeric}, {@code (0)::numeric}, {@code '-1'::integer}: a number, written without quotes. */
    private static final Pattern CAST_NUMBER =
            Pattern.compile("^(?:'(" + NUMBER + ")'|\\((" + NUMBER + ")\\)|(" + NUMBER + "))::" + NUMERIC_TYPE + "$");
    /** {@code 'abc'::character varying}: the string literal alone. */
    private static final Pattern CAST_STRING = Pattern.compile("^(" + STRING + ")::" + TYPE + "$");
    /** {@code NULL::character varying} is what {@code DEFAULT NULL} reads back as: the same as no default. */
    private static final Pattern CAST_NULL = Pattern.compile("^NULL(?:::" + TYPE + ")?$", Pattern.CASE_INSENSITIVE);

    private DefaultExpressions() {}

    /** The default as autogen compares it; empty when there is none (or it is {@code NULL}). */
    static Optional<String> normalise(String printed) {
        if (printed == null || printed.isBlank()) return Optional.empty();
        String s = printed.strip();
        if (CAST_NULL.matcher(s).matches()) return Optional.empty();
        var number = CAST_NUMBER.matcher(s);
        if (number.matches())
            for (int g = 1; g <= 3; g++)
                if (number.group(g) != null) return Optional.of(number.group(g));
        var string = CAST_STRING.matcher(s);
        if (string.matches()) return Optional.of(string.group(1));
        return Optional.of(s);
    }
}
