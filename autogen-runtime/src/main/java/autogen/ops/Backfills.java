package autogen.ops;

import autogen.model.ColumnType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The placeholder value existing rows get when a NOT NULL column without default is added to a table: the zero
 * of its type, so that the revision succeeds on a filled table. The generated class marks it for review; a type
 * with no obvious zero gets none, and its note says to supply one.
 */
public final class Backfills {

    private static final Map<Pattern, String> ZEROS = new LinkedHashMap<>();

    static {
        zero("smallint|integer|bigint|numeric(\\(.*\\))?|float\\(\\d+\\)|serial|bigserial|smallserial", "0");
        zero("boolean", "false");
        zero("(varchar|char)(\\(\\d+\\))?|text", "''");
        zero("date", "CURRENT_DATE");
        zero("timestamp(\\(\\d+\\))?( with time zone)?", "CURRENT_TIMESTAMP");
        zero("time(\\(\\d+\\))?( with time zone)?", "CURRENT_TIME");
        zero("interval.*", "'0'");
        zero("uuid", "gen_random_uuid()");
        zero("jsonb?", "'{}'");
        zero("bytea", "''");
        zero(".*\\[\\]", "'{}'");
    }

    private static void zero(String type, String value) {
        ZEROS.put(Pattern.compile(type), value);
    }

    private Backfills() {}

    public static Optional<String> placeholder(ColumnType type) {
        return ZEROS.entrySet().stream().filter(e -> e.getKey().matcher(type.sql()).matches()).map(Map.Entry::getValue).findFirst();
    }
}
