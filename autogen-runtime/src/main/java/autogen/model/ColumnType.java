package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as SQL text, in one canonical spelling so that Hibernate's DDL types and PostgreSQL's
 * {@code format_type} output compare equal: {@code character varying(255)} and {@code varchar(255)} are both
 * {@code varchar(255)}, {@code double precision} is {@code float(53)} as Hibernate writes it.
 *
 * <p>Every spelling rule lives in {@link #RULES}; anything no rule matches is kept as written (lower-cased), so an
 * unknown type is compared literally rather than guessed at.
 */
public record ColumnType(String sql) {

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    /** Applied in order, each to the whole type; rules are idempotent so canonical text stays canonical. */
    private static final List<Rule> RULES = List.of(
            Rule.of("^character varying(\\(\\d+\\))?$", "varchar$1"),
            Rule.of("^(?:character|bpchar)(\\(\\d+\\))?$", "char$1"),
            Rule.of("^(timestamp|time)(\\(\\d+\\))? without time zone$", "$1$2"),
            Rule.of("^timestamptz(\\(\\d+\\))?$", "timestamp$1 with time zone"),
            Rule.of("^timetz(\\(\\d+\\))?$", "time$1 with time zone"),
            Rule.of("^(?:double precision|float8)$", "float(53)"),
            Rule.of("^(?:real|float4)$", "float(24)"),
            Rule.of("^(?:int|int4)$", "integer"),
            Rule.of("^int8$", "bigint"),
            Rule.of("^int2$", "smallint"),
            Rule.of("^bool$", "boolean"),
            Rule.of("^decimal(\\(.*\\))?$", "numeric$1"),
            Rule.of("^serial4$", "serial"),
            Rule.of("^serial8$", "bigserial"),
            Rule.of("^serial2$", "smallserial"));

    private static final Pattern FLOAT_PRECISION = Pattern.compile("^float\\((\\d+)\\)$");

    /** Hibernate writes {@code varchar(255) array}, PostgreSQL {@code character varying(255)[]}; sizes are ignored by PostgreSQL. */
    private static final Pattern ARRAY = Pattern.compile("^(.*?)(?: array(?:\\[\\d*])?|(?:\\[\\d*])+)$");

    public ColumnType {
        requireNonNull(sql, "sql");
        sql = canonical(sql);
        if (sql.isEmpty()) throw new IllegalArgumentException("a column type must not be blank");
    }

    public static ColumnType of(String sql) {
        return new ColumnType(sql);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern OPENING = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSING = Pattern.compile("\\s*\\)");

    /**
     * Spellings already made canonical: a schema of thousands of columns has a few dozen distinct types, and every
     * model built (read, mapped, replayed) makes each column's type again. Bounded, as the texts come from users.
     */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final int CANONICAL_LIMIT = 10_000;

    static String canonical(String text) {
        String known = CANONICAL.get(text);
        if (known != null) return known;
        String canonical = spelled(text);
        if (CANONICAL.size() < CANONICAL_LIMIT) CANONICAL.put(text, canonical);
        return canonical;
    }

    private static String spelled(String text) {
        String s = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        s = COMMA.matcher(s).replaceAll(",");
        s = OPENING.matcher(s).replaceAll("(");
        s = CLOSING.matcher(s).replaceAll(")");
        Matcher array = ARRAY.matcher(s);
        if (array.matches()) return canonical(array.group(1)) + "[]";
        for (Rule rule : RULES) s = rule.pattern().matcher(s).replaceAll(rule.replacement());
        Matcher f = FLOAT_PRECISION.matcher(s);
        // PostgreSQL keeps only two float types: float(1..24) is real, float(25..53) is double precision
        if (f.matches()) s = Integer.parseInt(f.group(1)) <= 24 ? "float(24)" : "float(53)";
        return s;
    }

    private static final Pattern REAL = Pattern.compile("^float\\(24\\)(?=$|\\[)");

    /** The type as Hibernate's PostgreSQL dialect writes it: {@code float4} for {@code float(24)}, else {@link #sql}. */
    public String ddl() {
        return REAL.matcher(sql).replaceFirst("float4");
    }

    @Override
    public String toString() {
        return sql;
    }
}
