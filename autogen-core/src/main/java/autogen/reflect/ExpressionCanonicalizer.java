package autogen.reflect;

import static autogen.sql.Identifiers.quote;

import autogen.DatabaseException;
import autogen.diff.CanonicalExpressions;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.SchemaModel;
import autogen.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Asks PostgreSQL how it stores the check, default and generation expressions of some schemas. Inside one transaction that is
 * always rolled back, temporary tables receive every expression (a table per table with checks, with its columns;
 * one table with a column per distinct default and type), and the stored text is read back exactly as
 * {@link DatabaseReader} reads live tables. PostgreSQL's stored form is not a fixed point (storing it again can
 * respell casts), so it goes round once more and the second result is the canonical one.
 *
 * <p>Round trips are bounded: two rounds of one batch each, plus one statement per probe only when a batch fails
 * (a type or function the database lacks); such an expression is then compared as written.
 */
public final class ExpressionCanonicalizer {

    private ExpressionCanonicalizer() {}

    /** The canonical expressions of these models. */
    public static CanonicalExpressions canonical(Connection connection, SchemaModel... models) {
        var columns = new TreeMap<String, Map<String, ColumnType>>();
        var checks = new TreeMap<String, Set<String>>();
        var defaults = new LinkedHashSet<TypedDefault>();
        for (SchemaModel model : models)
            for (Table t : model.tables()) {
                for (Column c : t.columns()) c.defaultSql().ifPresent(d -> defaults.add(new TypedDefault(c.type(), d)));
                var generated = t.columns().stream().flatMap(c -> c.generatedAs().stream()).toList();
                if (t.checks().isEmpty() && generated.isEmpty()) continue;
                var known = columns.computeIfAbsent(t.name(), k -> new LinkedHashMap<>());
                for (Column c : t.columns()) known.putIfAbsent(c.name(), c.type());
                var texts = checks.computeIfAbsent(t.name(), k -> new LinkedHashSet<>());
                for (CheckConstraint check : t.checks()) texts.add(check.expression());
                for (String expression : generated) texts.add(CanonicalExpressions.asCheck(expression));
            }
        if (checks.isEmpty() && defaults.isEmpty()) return CanonicalExpressions.asWritten();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                var checkForms = twice(written -> storedChecks(s, columns, written), checks);
                var defaultForms = new HashMap<TypedDefault, String>();
                var once = storedDefaults(s, defaults);
                var twice = storedDefaults(s, new LinkedHashSet<>(once.values()));
                once.forEach((written, first) -> defaultForms.put(written, twice.getOrDefault(first, first).expression()));
                return new Forms(checkForms, defaultForms);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot compare check and default expressions", e);
        }
    }

    private record TypedDefault(ColumnType type, String expression) {}

    private record Forms(Map<String, Map<String, String>> checks, Map<TypedDefault, String> defaults)
            implements CanonicalExpressions {
        @Override
        public String check(String table, String expression) {
            return checks.getOrDefault(table, Map.of()).getOrDefault(expression, expression);
        }

        @Override
        public String columnDefault(ColumnType type, String expression) {
            return defaults.getOrDefault(new TypedDefault(type, expression), expression);
        }
    }

    private interface Round {
        Map<String, Map<String, String>> store(Map<String, Set<String>> written) throws SQLException;
    }

    /** Table → written → stored twice, for checks. */
    private static Map<String, Map<String, String>> twice(Round round, Map<String, Set<String>> written) throws SQLException {
        var once = round.store(written);
        var again = new TreeMap<String, Set<String>>();
        once.forEach((table, forms) -> again.put(table, new LinkedHashSet<>(forms.values())));
        var twice = round.store(again);
        var out = new HashMap<String, Map<String, String>>();
        once.forEach((table, forms) -> forms.forEach((text, first) -> out.computeIfAbsent(table, k -> new HashMap<>())
                .put(text, twice.getOrDefault(table, Map.of()).getOrDefault(first, first))));
        return out;
    }

    private static Map<String, Map<String, String>> storedChecks(Statement s, Map<String, Map<String, ColumnType>> columns,
            Map<String, Set<String>> expressions) throws SQLException {
        var probes = new ArrayList<Probe>();
        for (var entry : expressions.entrySet()) {
            var ddl = new StringBuilder("CREATE TEMP TABLE autogen_probe_").append(probes.size()).append(" (")
                    .append(columns.get(entry.getKey()).entrySet().stream()
                            .map(c -> quote(c.getKey()) + " " + c.getValue().sql()).collect(Collectors.joining(", ")))
                    .append(")");
            var texts = List.copyOf(entry.getValue());
            for (int i = 0; i < texts.size(); i++)
                ddl.append(";\nALTER TABLE autogen_probe_").append(probes.size()).append(" ADD CONSTRAINT c").append(i)
                        .append(" CHECK (").append(texts.get(i)).append(")");
            probes.add(new Probe(entry.getKey(), texts, ddl.toString()));
        }
        var accepted = run(s, probes);
        var out = new HashMap<String, Map<String, String>>();
        query(s, "SELECT c.relname, con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con "
                + "JOIN pg_class c ON c.oid = con.conrelid WHERE c.relnamespace = pg_my_temp_schema() AND con.contype = 'c'",
                (relname, conname, definition) -> {
                    Probe probe = accepted.get(relname);
                    if (probe != null)
                        out.computeIfAbsent(probe.key(), k -> new HashMap<>()).put(
                                probe.texts().get(Integer.parseInt(conname.substring(1))), DatabaseReader.checkExpression(definition));
                });
        s.execute("ROLLBACK TO SAVEPOINT autogen_probe");
        return out;
    }

    /** Written default → stored default, normalised as {@link DatabaseReader} normalises live ones. */
    private static Map<TypedDefault, TypedDefault> storedDefaults(Statement s, Set<TypedDefault> defaults) throws SQLException {
        var probes = new ArrayList<Probe>();
        var byProbe = new HashMap<String, TypedDefault>();
        for (TypedDefault d : defaults) {
            String name = "autogen_probe_" + probes.size();
            byProbe.put(name, d);
            probes.add(new Probe(name, List.of(d.expression()),
                    "CREATE TEMP TABLE " + name + " (v " + d.type().sql() + " DEFAULT " + d.expression() + ")"));
        }
        var accepted = run(s, probes);
        var out = new HashMap<TypedDefault, TypedDefault>();
        query(s, "SELECT c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
                + "JOIN pg_class c ON c.oid = d.adrelid JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                + "WHERE c.relnamespace = pg_my_temp_schema()",
                (relname, attname, expression) -> {
                    TypedDefault written = accepted.containsKey(relname) ? byProbe.get(relname) : null;
                    if (written != null)
                        DefaultExpressions.normalise(expression).ifPresent(
                                stored -> out.put(written, new TypedDefault(written.type(), stored)));
                });
        s.execute("ROLLBACK TO SAVEPOINT autogen_probe");
        return out;
    }

    /** The probe's key (a table name, or the probe table's own name) and the expressions its DDL stores. */
    private record Probe(String key, List<String> texts, String ddl) {}

    /** Runs the probes in one batch, or one by one when the batch fails; returns the accepted ones by probe table. */
    private static Map<String, Probe> run(Statement s, List<Probe> probes) throws SQLException {
        var accepted = new LinkedHashMap<String, Probe>();
        s.execute("SAVEPOINT autogen_probe");
        if (probes.isEmpty()) return accepted;
        try {
            s.execute(probes.stream().map(Probe::ddl).collect(Collectors.joining(";\n")));
            for (int i = 0; i < probes.size(); i++) accepted.put(probeTable(probes, i), probes.get(i));
        } catch (SQLException batchFailed) {
            s.execute("ROLLBACK TO SAVEPOINT autogen_probe");
            for (int i = 0; i < probes.size(); i++) {
                s.execute("SAVEPOINT autogen_probe_one");
                try {
                    s.execute(probes.get(i).ddl());
                    accepted.put(probeTable(probes, i), probes.get(i));
                } catch (SQLException probeFailed) {
                    s.execute("ROLLBACK TO SAVEPOINT autogen_probe_one");
                }
            }
        }
        return accepted;
    }

    private static String probeTable(List<Probe> probes, int i) {
        return "autogen_probe_" + i;
    }

    private interface Row {
        void read(String a, String b, String c);
    }

    private static void query(Statement s, String sql, Row row) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            while (rs.next()) row.read(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }

}
