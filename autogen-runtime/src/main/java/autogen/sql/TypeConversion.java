package autogen.sql;

import autogen.model.ColumnType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changing a column from one type to another does to the values already in it, on PostgreSQL. One audited
 * rule per pair of type families, so that the statement that runs ({@link PostgresDdl}), the finding a reviewer
 * reads (Safety) and the renames that may carry a type change (RenameDetector) all agree. The README's table of
 * type changes is this class, and {@code TypeChangesIT} runs every row on PostgreSQL with rows that exercise it.
 *
 * <p>The rule behind it: PostgreSQL converts with an assignment cast when no {@code USING} is given, which fails on
 * a string too long or an integer out of range, but silently rounds numbers and timestamps and drops trailing
 * blanks; an explicit cast ({@code USING col::varchar(64)}) even truncates. So autogen writes {@code USING} only
 * where PostgreSQL has no assignment cast, and where a conversion could change a value without failing it is
 * {@link Effect#GUARDED}: the statement first checks that every value converts to the new type and back unchanged,
 * and fails the revision (changing nothing) if one does not.
 *
 * @param effect what happens to the values
 * @param rewrites whether PostgreSQL rewrites the table (and its indexes) under an ACCESS EXCLUSIVE lock
 * @param explicitCast whether PostgreSQL needs {@code USING col::type} (it has no assignment cast for the pair)
 * @param checked whether every value is checked first, the change failing if one would be cut or rounded
 * @param detail one line for a reviewer: what happens to the values (refusals: why, and what to do instead)
 */
public record TypeConversion(Effect effect, boolean rewrites, boolean explicitCast, boolean checked, String detail) {

    public enum Effect {
        /** Every value converts exactly; nothing can fail. */
        LOSSLESS,
        /** Every value that fits converts exactly; one out of range makes PostgreSQL's own conversion fail. */
        FAILS_IF_OUT_OF_RANGE,
        /** Some values could be cut or rounded: a check fails the change instead, before anything is converted. */
        GUARDED,
        /** Values are read anew: a timestamp becomes an instant in a named time zone, char padding goes. */
        REINTERPRETS,
        /** No cast keeps the values: autogen writes {@code op.irreversible(reason)} instead of the change. */
        REFUSED
    }

    /** Whether no value can be lost or fail: the type changes a rename may carry along. */
    public boolean lossless() {
        return effect == Effect.LOSSLESS;
    }

    /** Whether {@code from} → {@code to} keeps every value as it is: a longer varchar, a wider integer. */
    public static boolean widens(ColumnType from, ColumnType to) {
        return from.equals(to) || between(from, to).lossless();
    }

    /** The rule for a column of type {@code from} becoming {@code to} (canonical {@link ColumnType} spellings). */
    public static TypeConversion between(ColumnType from, ColumnType to) {
        Kind a = Kind.of(from.sql()), b = Kind.of(to.sql());
        if (a.array() != b.array())
            return refused("PostgreSQL has no cast between " + from + " and " + to + " that keeps the values: add the new "
                    + "column, fill it with an UPDATE (ARRAY[col], or col[1]), then drop the old one");
        if (a.array()) return arrays(from, to, between(ColumnType.of(a.element()), ColumnType.of(b.element())));
        return scalars(a, b, from.sql(), to.sql());
    }

    /** Element conversions apply to every element; PostgreSQL rewrites arrays whatever the elements do. */
    private static TypeConversion arrays(ColumnType from, ColumnType to, TypeConversion elements) {
        return switch (elements.effect) {
            case LOSSLESS -> new TypeConversion(Effect.LOSSLESS, true, elements.explicitCast, false, "every element keeps its value");
            case FAILS_IF_OUT_OF_RANGE, GUARDED -> new TypeConversion(Effect.GUARDED, true, elements.explicitCast, true,
                    "an element that does not convert to " + to + " and back unchanged makes it fail, changing nothing");
            case REINTERPRETS, REFUSED -> refused("converting every element of " + from + " to " + to + " needs a "
                    + "hand-written conversion (unnest, convert, array_agg): " + elements.detail);
        };
    }

    private static TypeConversion scalars(Kind a, Kind b, String from, String to) {
        if (a.family == Family.OID || b.family == Family.OID)
            return refused("PostgreSQL has no cast between " + from + " and " + to + " that keeps the values (an oid column, "
                    + "what @Lob maps to, holds large-object ids, not the data): add the new column, copy the data with "
                    + "lo_get/lo_from_bytea in an op.execute(...), then drop the old one");
        if (a.family == Family.STRING && b.family == Family.STRING) return strings(a, b, to);
        if (a.family == Family.INTEGER && b.family == Family.INTEGER)
            return a.size <= b.size ? lossless(true) : outOfRange(to);
        if (a.family == Family.FLOAT && b.family == Family.FLOAT)
            return a.size <= b.size ? lossless(true) : guarded("a value " + to + " would round");
        if (a.family == Family.NUMERIC && b.family == Family.NUMERIC) return numerics(a, b, to);
        if (a.family == Family.INTEGER && b.family == Family.NUMERIC)
            return b.size < 0 || b.size - b.scale >= a.digits() ? lossless(true) : outOfRange(to);
        if (a.family == Family.INTEGER && b.family == Family.FLOAT)
            return a.digits() <= (b.size == 24 ? 7 : 15) ? lossless(true) : guarded("an integer too large for " + to + " to hold exactly");
        if (a.numeric() && b.numeric()) return guarded("a value " + to + " would round");
        if (a.family == Family.TIMESTAMP && b.family == Family.TIMESTAMP) return times(a, b, to);
        if (a.family == Family.TIME && b.family == Family.TIME && a.zoned == b.zoned) return times(a, b, to);
        if (a.family == Family.DATE && b.family == Family.TIMESTAMP && !b.zoned) return lossless(true);
        if (a.family == Family.TIMESTAMP && b.family == Family.DATE && !a.zoned)
            return guarded("a value with a time of day");
        if (a.zoned || b.zoned)
            return refused("converting " + from + " to " + to + " depends on a time zone autogen cannot choose: write the "
                    + "conversion by hand with AT TIME ZONE");
        // pairs with no rule of their own: checked both ways, and cast explicitly where the target is not a string
        boolean cast = b.family != Family.STRING;
        return new TypeConversion(Effect.GUARDED, true, cast, true, "a value that does not convert to " + to
                + " and back unchanged makes it fail, changing nothing");
    }

    private static TypeConversion strings(Kind a, Kind b, String to) {
        if (b.varying() && b.size < 0) {   // text, varchar: unlimited
            if (a.varying()) return lossless(false);
            return new TypeConversion(Effect.REINTERPRETS, true, false, false,
                    "the blanks char pads values with are dropped (char ignores them, " + to + " does not)");
        }
        boolean fits = a.size >= 0 && a.size <= b.size;
        if (b.varying()) return a.varying() && fits ? lossless(false)
                : guarded("a value longer than " + b.size + " characters");
        // to char(n): values are padded with blanks, which only char itself ignores
        if (!a.varying() && fits) return lossless(true);
        return guarded("a value longer than " + b.size + " characters, or one ending in blanks");
    }

    private static TypeConversion numerics(Kind a, Kind b, String to) {
        if (b.size < 0) return lossless(false);   // unconstrained numeric holds anything
        if (a.size < 0 || b.scale < a.scale) return guarded("a value with more than " + b.scale + " decimals, or too large");
        if (b.size - b.scale < a.size - a.scale) return outOfRange(to);
        return lossless(b.scale != a.scale);   // only more precision at the same scale is a catalog change
    }

    private static TypeConversion times(Kind a, Kind b, String to) {
        boolean rounds = b.precision() < a.precision();
        if (a.zoned != b.zoned) {
            String reads = a.zoned ? "each instant becomes the local time in the configured time zone"
                    : "each value is read as a local time in the configured time zone";
            return new TypeConversion(Effect.REINTERPRETS, true, false, rounds, reads
                    + (rounds ? "; a value with more than " + b.precision() + " fractional digits makes it fail, changing nothing" : ""));
        }
        if (rounds) return guarded("a value with more than " + b.precision() + " fractional digits");
        return lossless(false);
    }

    private static TypeConversion lossless(boolean rewrites) {
        return new TypeConversion(Effect.LOSSLESS, rewrites, false, false, "every value keeps its value");
    }

    private static TypeConversion outOfRange(String to) {
        return new TypeConversion(Effect.FAILS_IF_OUT_OF_RANGE, true, false, false,
                "a value out of range for " + to + " makes it fail, changing nothing");
    }

    /** {@code which}: the values that would be cut or rounded, and so make the change fail instead. */
    private static TypeConversion guarded(String which) {
        return new TypeConversion(Effect.GUARDED, true, false, true, which + " makes it fail, changing nothing (none is cut or rounded)");
    }

    private static TypeConversion refused(String why) {
        return new TypeConversion(Effect.REFUSED, false, false, false, why);
    }

    /**
     * The condition that finds a value {@code to} would change ({@code GUARDED}): converted to the new type and back
     * it is no longer the same. Explicit casts here: a value they would cut is exactly what the check looks for.
     */
    public static String changedValue(String column, ColumnType from, ColumnType to) {
        String c = Identifiers.quote(column);
        Kind a = Kind.of(from.sql()), b = Kind.of(to.sql());
        // zone-independent: compare the precision change alone, on the source side's kind of timestamp
        String target = a.zoned != b.zoned && !a.array() ? a.withPrecisionOf(b) : to.sql();
        return c + " IS DISTINCT FROM CAST(CAST(" + c + " AS " + target + ") AS " + from.sql() + ")";
    }

    /** The {@code USING} expression for a change between zoned and local timestamps, at {@code zone}. */
    public static Optional<String> atTimeZone(String column, ColumnType from, ColumnType to, String zone) {
        Kind a = Kind.of(from.sql()), b = Kind.of(to.sql());
        if (a.array() || a.family != Family.TIMESTAMP || b.family != Family.TIMESTAMP || a.zoned == b.zoned) return Optional.empty();
        return Optional.of(Identifiers.quote(column) + " AT TIME ZONE " + Identifiers.literal(zone));
    }

    private enum Family { STRING, INTEGER, FLOAT, NUMERIC, TIMESTAMP, TIME, DATE, OID, OTHER }

    /**
     * A canonical type taken apart: {@code size} is the length of a string, the bytes of an integer, the bits of a
     * float or the precision of a numeric (-1: unlimited); {@code scale} a numeric's scale or a time's fractional
     * digits (-1: unspecified, which PostgreSQL treats as 6).
     */
    private record Kind(Family family, String base, int size, int scale, boolean zoned, String element) {

        private static final Pattern STRING = Pattern.compile("^(varchar|char|text)(?:\\((\\d+)\\))?$");
        private static final Pattern NUMERIC = Pattern.compile("^numeric(?:\\((\\d+)(?:,(\\d+))?\\))?$");
        private static final Pattern FLOAT = Pattern.compile("^float\\((24|53)\\)$");
        private static final Pattern TIME = Pattern.compile("^(timestamp|time)(?:\\((\\d+)\\))?( with time zone)?$");
        private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

        static Kind of(String sql) {
            if (sql.endsWith("[]")) {
                Kind element = of(sql.substring(0, sql.length() - 2));
                return new Kind(element.family, element.base, element.size, element.scale, element.zoned, sql.substring(0, sql.length() - 2));
            }
            Matcher m;
            if ((m = STRING.matcher(sql)).matches())
                return new Kind(Family.STRING, m.group(1), m.group(2) == null ? (m.group(1).equals("char") ? 1 : -1)
                        : Integer.parseInt(m.group(2)), 0, false, null);
            if (INTEGERS.contains(sql)) return new Kind(Family.INTEGER, sql, 2 << INTEGERS.indexOf(sql), 0, false, null);
            if ((m = FLOAT.matcher(sql)).matches()) return new Kind(Family.FLOAT, "float", Integer.parseInt(m.group(1)), 0, false, null);
            if ((m = NUMERIC.matcher(sql)).matches())
                return new Kind(Family.NUMERIC, "numeric", m.group(1) == null ? -1 : Integer.parseInt(m.group(1)),
                        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), false, null);
            if ((m = TIME.matcher(sql)).matches())
                return new Kind(m.group(1).equals("time") ? Family.TIME : Family.TIMESTAMP, m.group(1), 0,
                        m.group(2) == null ? -1 : Integer.parseInt(m.group(2)), m.group(3) != null, null);
            if (sql.equals("date")) return new Kind(Family.DATE, sql, 0, 0, false, null);
            if (sql.equals("oid")) return new Kind(Family.OID, sql, 0, 0, false, null);
            return new Kind(Family.OTHER, sql, 0, 0, false, null);
        }

        boolean array() {
            return element != null;
        }

        /** Integers, floats and numerics, which PostgreSQL converts into one another by assignment. */
        boolean numeric() {
            return family == Family.INTEGER || family == Family.FLOAT || family == Family.NUMERIC;
        }

        boolean varying() {
            return !base.equals("char");
        }

        /** Decimal digits of the largest integer of this size. */
        int digits() {
            return size == 2 ? 5 : size == 4 ? 10 : 19;
        }

        int precision() {
            return scale < 0 ? 6 : scale;
        }

        String withPrecisionOf(Kind other) {
            return base + (other.scale < 0 ? "" : "(" + other.scale + ")") + (zoned ? " with time zone" : "");
        }
    }
}
