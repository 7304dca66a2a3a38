package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.diff.Comparator;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.ops.AlterColumnType;
import autogen.ops.Irreversible;
import autogen.ops.Operation;
import autogen.sql.PostgresDdl;
import autogen.sql.TypeConversion;
import autogen.sql.TypeConversion.Effect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the README's table of type changes, on PostgreSQL with rows that exercise it: the comparator's
 * step for {@code from → to} runs on a table holding {@code values}; the values must come out equal to what they
 * were ({@code kept}, a predicate over the new column {@code v} and a copy {@code orig} of the old one: by default
 * that {@code v} converted back is {@code orig}), the table
 * must be rewritten exactly when the rule says so, and a value the new type cannot hold ({@code refused}) must make
 * the step fail and leave the table as it was. For the rules that check values first, plain PostgreSQL is shown to
 * change such a value without failing: the check is what stands between it and a silent loss.
 */
@ExtendWith(PostgresExtension.class)
class TypeChangesIT {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static TestDatabase db;

    @BeforeAll
    static void database(TestDatabase database) {
        db = database;
    }

    @AfterAll
    static void forget() {
        db = null;
    }

    /** One row of the table: a type pair, its rule, values it converts, and a value it must refuse to cut. */
    record Row(String from, String to, Effect effect, boolean rewrites, List<String> values, String kept, String refused) {
        @Override
        public String toString() {
            return from + " → " + to;
        }
    }

    /** The default {@code kept}: each value, converted back to the old type, is the value it was. */
    private static Row row(String from, String to, Effect effect, boolean rewrites, List<String> values, String refused) {
        return new Row(from, to, effect, rewrites, values, "CAST(v AS " + from + ") IS NOT DISTINCT FROM orig", refused);
    }

    static Stream<Arguments> rows() {
        String long92 = "'" + "x".repeat(92) + "'";
        return Stream.of(
                // strings
                row("varchar(100)", "varchar(200)", Effect.LOSSLESS, false, List.of("'abc'", "'" + "y".repeat(100) + "'"), null),
                row("varchar(100)", "text", Effect.LOSSLESS, false, List.of("'abc  '"), null),
                row("text", "varchar(200)", Effect.GUARDED, true, List.of("'abc'"), "'" + "z".repeat(201) + "'"),
                row("varchar(512)", "varchar(64)", Effect.GUARDED, true, List.of("'short'"), long92),
                row("varchar(10)", "varchar(3)", Effect.GUARDED, true, List.of("'abc'"), "'abc   '"),
                row("char(5)", "char(10)", Effect.LOSSLESS, true, List.of("'ab'"), null),
                row("char(10)", "char(5)", Effect.GUARDED, true, List.of("'ab'"), "'abcdefgh'"),
                new Row("char(5)", "varchar(20)", Effect.GUARDED, true, List.of("'ab'"), "rtrim(orig) = v", null),
                new Row("char(5)", "text", Effect.REINTERPRETS, true, List.of("'ab'"), "rtrim(orig) = v AND length(v) = 2", null),
                row("varchar(20)", "char(5)", Effect.GUARDED, true, List.of("'ab'"), "'ab '"),
                // integers and numbers
                row("smallint", "integer", Effect.LOSSLESS, true, List.of("32767", "-5"), null),
                row("integer", "bigint", Effect.LOSSLESS, true, List.of("2147483647"), null),
                row("bigint", "integer", Effect.FAILS_IF_OUT_OF_RANGE, true, List.of("7"), "5000000000"),
                row("integer", "smallint", Effect.FAILS_IF_OUT_OF_RANGE, true, List.of("7"), "40000"),
                row("numeric(10,2)", "numeric(12,2)", Effect.LOSSLESS, false, List.of("12345678.91"), null),
                row("numeric(10,2)", "numeric(12,4)", Effect.LOSSLESS, true, List.of("12345678.91"), null),
                row("numeric(10,2)", "numeric(10,1)", Effect.GUARDED, true, List.of("1.5"), "1.25"),
                row("numeric(10,2)", "numeric(6,2)", Effect.FAILS_IF_OUT_OF_RANGE, true, List.of("1.25"), "123456.78"),
                row("numeric(10,2)", "numeric", Effect.LOSSLESS, false, List.of("1.25"), null),
                row("numeric", "numeric(10,2)", Effect.GUARDED, true, List.of("1.25"), "1.255"),
                row("integer", "numeric(10,0)", Effect.LOSSLESS, true, List.of("2147483647"), null),
                row("bigint", "numeric(10,0)", Effect.FAILS_IF_OUT_OF_RANGE, true, List.of("7"), "90000000000"),
                row("numeric(10,2)", "bigint", Effect.GUARDED, true, List.of("12"), "1.5"),
                row("integer", "float(53)", Effect.LOSSLESS, true, List.of("2147483647"), null),
                row("bigint", "float(53)", Effect.GUARDED, true, List.of("12"), "9007199254740993"),
                row("float(24)", "float(53)", Effect.LOSSLESS, true, List.of("0.1", "3.4e38"), null),
                row("float(53)", "float(24)", Effect.GUARDED, true, List.of("0.5"), "0.1"),
                row("float(53)", "numeric(10,2)", Effect.GUARDED, true, List.of("0.5"), "0.125"),
                // dates and times
                row("timestamp(3)", "timestamp(6)", Effect.LOSSLESS, false, List.of("'2026-01-02 03:04:05.678'"), null),
                row("timestamp(6)", "timestamp(3)", Effect.GUARDED, true, List.of("'2026-01-02 03:04:05.678'"), "'2026-01-02 03:04:05.678901'"),
                row("time(6)", "time(0)", Effect.GUARDED, true, List.of("'03:04:05'"), "'03:04:05.5'"),
                new Row("timestamp(6)", "timestamp(6) with time zone", Effect.REINTERPRETS, true,
                        List.of("'2026-01-02 03:04:05.678901'"), "v = orig AT TIME ZONE 'UTC'", null),
                new Row("timestamp(6) with time zone", "timestamp(6)", Effect.REINTERPRETS, true,
                        List.of("'2026-01-02 03:04:05.678901+02'"), "v = orig AT TIME ZONE 'UTC'", null),
                new Row("timestamp(6)", "timestamp(3) with time zone", Effect.REINTERPRETS, true,
                        List.of("'2026-01-02 03:04:05.678'"), "v = orig AT TIME ZONE 'UTC'", "'2026-01-02 03:04:05.678901'"),
                row("date", "timestamp(6)", Effect.LOSSLESS, true, List.of("'2026-01-02'"), null),
                row("timestamp(6)", "date", Effect.GUARDED, true, List.of("'2026-01-02 00:00'"), "'2026-01-02 10:00'"),
                // strings to and from other types, enums, arrays, large objects
                row("varchar(20)", "integer", Effect.GUARDED, true, List.of("'42'"), "'007'"),
                row("integer", "varchar(20)", Effect.GUARDED, true, List.of("42"), null),
                row("integer", "varchar(3)", Effect.GUARDED, true, List.of("42"), "12345"),
                row("varchar(255)", "mood", Effect.GUARDED, true, List.of("'HAPPY'"), "'GRUMPY'"),
                row("mood", "varchar(255)", Effect.GUARDED, true, List.of("'SAD'"), null),
                row("varchar(10)[]", "varchar(20)[]", Effect.LOSSLESS, true, List.of("ARRAY['a','b']"), null),
                row("integer[]", "smallint[]", Effect.GUARDED, true, List.of("ARRAY[1,2]"), "ARRAY[1,70000]"),
                row("text", "oid", Effect.REFUSED, false, List.of("'a body'"), null),
                row("oid", "text", Effect.REFUSED, false, List.of("12345"), null),
                row("varchar(20)", "varchar(20)[]", Effect.REFUSED, false, List.of("'a'"), null),
                row("date", "timestamp(6) with time zone", Effect.REFUSED, false, List.of("'2026-01-02'"), null),
                row("time(6)", "time(6) with time zone", Effect.REFUSED, false, List.of("'03:04:05'"), null),
                row("timestamp(6)[]", "timestamp(6) with time zone[]", Effect.REFUSED, false, List.of("ARRAY['2026-01-02 03:04'::timestamp]"), null),
                row("numeric(20,10)", "float(53)", Effect.GUARDED, true, List.of("0.5"), "1234567890.1234567891"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachTypeChangeKeepsEveryValueOrFailsChangingNothing(Row row) throws SQLException {
        var from = ColumnType.of(row.from());
        var to = ColumnType.of(row.to());
        var conversion = TypeConversion.between(from, to);
        assertThat(conversion.effect()).as("effect").isEqualTo(row.effect());
        assertThat(conversion.rewrites()).as("rewrites (the rule)").isEqualTo(row.rewrites());

        String table = "t" + TABLES.incrementAndGet();
        Operation step = onlyStep(table, from, to);
        if (row.effect() == Effect.REFUSED) {
            assertThat(step).isInstanceOf(Irreversible.class);
            assertThat(((Irreversible) step).reason()).contains("cannot change " + table + ".v from " + from + " to " + to);
            return;
        }
        List<String> sql = new PostgresDdl().statements(List.of(step));

        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute("DO $$ BEGIN CREATE TYPE mood AS ENUM ('HAPPY', 'SAD'); EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            s.execute("CREATE TABLE " + table + " (id serial PRIMARY KEY, v " + row.from() + ", orig " + row.from() + ")");
            for (String value : row.values()) s.execute("INSERT INTO " + table + " (v, orig) VALUES (" + value + ", " + value + ")");
            if (row.refused() != null) {
                s.execute("INSERT INTO " + table + " (v, orig) VALUES (" + row.refused() + ", " + row.refused() + ")");
                String before = snapshot(s, table);
                if (conversion.checked()) assertPlainPostgresWouldChangeItSilently(c, table, row, sql);
                assertThatThrownBy(() -> runInTransaction(c, sql)).isInstanceOf(SQLException.class);
                assertThat(snapshot(s, table)).as("the table after the failed change").isEqualTo(before);
                assertThat(typeOf(s, table)).isEqualTo(row.from());
                s.execute("DELETE FROM " + table + " WHERE orig IS NOT DISTINCT FROM " + row.refused());
            }
            long file = fileNode(s, table);
            runInTransaction(c, sql);
            assertThat(typeOf(s, table)).isEqualTo(row.to());
            assertThat(count(s, "SELECT count(*) FROM " + table + " WHERE NOT (" + row.kept() + ")"))
                    .as("values changed by " + sql).isZero();
            assertThat(count(s, "SELECT count(*) FROM " + table)).isEqualTo(row.values().size());
            assertThat(fileNode(s, table) != file).as("rewrites (measured)").isEqualTo(row.rewrites());
        }
    }

    /** What revision writes for the pair: the comparator's single step. */
    private static Operation onlyStep(String table, ColumnType from, ColumnType to) {
        List<Operation> steps = new Comparator().compare(schema(table, from, from), schema(table, to, from));
        assertThat(steps).hasSize(1);
        return steps.get(0);
    }

    private static SchemaModel schema(String table, ColumnType type, ColumnType original) {
        var v = new Column("v", type, true, Optional.empty(), false);
        var orig = new Column("orig", original, true, Optional.empty(), false);
        return new SchemaModel(List.of(Table.of(table, List.of(v, orig))), List.of(), List.of());
    }

    /** Without its check, the same change (its bare ALTER TABLE) succeeds and alters the value: the loss being guarded. */
    private static void assertPlainPostgresWouldChangeItSilently(Connection c, String table, Row row, List<String> sql) throws SQLException {
        var plain = new AlterColumnType(table, "v", ColumnType.of(row.to()), Optional.empty(),
                TypeConversion.between(ColumnType.of(row.from()), ColumnType.of(row.to())).explicitCast()
                        ? Optional.of("v::" + row.to()) : Optional.empty());
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            for (String statement : new PostgresDdl().statements(List.of(plain))) s.execute(statement);
            assertThat(count(s, "SELECT count(*) FROM " + table + " WHERE NOT (" + row.kept() + ")"))
                    .as("plain PostgreSQL changes a value silently").isPositive();
        } catch (SQLException e) {
            // PostgreSQL itself refuses this value: the check only makes the message clearer
            assertThat(row.refused()).isNotNull();
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static void runInTransaction(Connection c, List<String> sql) throws SQLException {
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            for (String statement : sql) s.execute(statement);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String snapshot(java.sql.Statement s, String table) throws SQLException {
        var out = new StringBuilder();
        try (var rs = s.executeQuery("SELECT id, v::text FROM " + table + " ORDER BY id")) {
            while (rs.next()) out.append(rs.getInt(1)).append('=').append(rs.getString(2)).append('\n');
        }
        return out.toString();
    }

    private static String typeOf(java.sql.Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '"
                + table + "'::regclass AND attname = 'v'")) {
            rs.next();
            return ColumnType.of(rs.getString(1)).sql();
        }
    }

    private static long fileNode(java.sql.Statement s, String table) throws SQLException {
        return count(s, "SELECT relfilenode FROM pg_class WHERE oid = '" + table + "'::regclass");
    }

    private static long count(java.sql.Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
