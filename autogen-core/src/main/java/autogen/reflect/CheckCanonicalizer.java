package autogen.reflect;

import static autogen.sql.Identifiers.quote;

import autogen.DatabaseException;
import autogen.diff.CheckExpressions;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.SchemaModel;
import autogen.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
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
 * Asks PostgreSQL how it stores check expressions. Inside one transaction that is always rolled back, each table
 * with checks becomes a temporary table with its columns, every expression is added as a check, and
 * {@code pg_get_constraintdef} is read back: the text {@link DatabaseReader} reads from live tables. PostgreSQL's
 * stored form is not a fixed point (storing it again can respell casts), so the stored forms go round once more and
 * the second result is the canonical one. Round trips are bounded: two batches, plus one per table only when a
 * batch fails (a type the database lacks, say); that table's expressions are then compared as written.
 */
public final class CheckCanonicalizer {

    private CheckCanonicalizer() {}

    /** Canonical forms of every check expression of these models, table by table. */
    public static CheckExpressions canonical(Connection connection, SchemaModel... models) {
        var columns = new TreeMap<String, Map<String, ColumnType>>();
        var expressions = new TreeMap<String, Set<String>>();
        for (SchemaModel model : models)
            for (Table t : model.tables()) {
                if (t.checks().isEmpty()) continue;
                var known = columns.computeIfAbsent(t.name(), k -> new LinkedHashMap<>());
                for (Column c : t.columns()) known.putIfAbsent(c.name(), c.type());
                var texts = expressions.computeIfAbsent(t.name(), k -> new LinkedHashSet<>());
                for (CheckConstraint check : t.checks()) texts.add(check.expression());
            }
        if (expressions.isEmpty()) return CheckExpressions.asWritten();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                var once = stored(connection, columns, expressions);
                var twice = stored(connection, columns, values(once));
                var canonical = new HashMap<String, Map<String, String>>();
                once.forEach((table, forms) -> forms.forEach((written, first) -> canonical
                        .computeIfAbsent(table, k -> new HashMap<>())
                        .put(written, twice.getOrDefault(table, Map.of()).getOrDefault(first, first))));
                return CheckExpressions.of(canonical);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot compare check constraints", e);
        }
    }

    private static Map<String, Set<String>> values(Map<String, Map<String, String>> forms) {
        var out = new TreeMap<String, Set<String>>();
        forms.forEach((table, byText) -> out.put(table, new LinkedHashSet<>(byText.values())));
        return out;
    }

    /** Table → written expression → stored expression, for the tables whose probe PostgreSQL accepted. */
    private static Map<String, Map<String, String>> stored(Connection connection, Map<String, Map<String, ColumnType>> columns,
            Map<String, Set<String>> expressions) throws SQLException {
        var probes = new ArrayList<Probe>();
        for (var entry : expressions.entrySet())
            probes.add(new Probe("autogen_probe_" + probes.size(), entry.getKey(), columns.get(entry.getKey()),
                    List.copyOf(entry.getValue())));
        var accepted = new ArrayList<Probe>();
        try (var s = connection.createStatement()) {
            s.execute("SAVEPOINT autogen_probe");
            try {
                s.execute(probes.stream().map(Probe::ddl).collect(Collectors.joining(";\n")));
                accepted.addAll(probes);
            } catch (SQLException batchFailed) {
                s.execute("ROLLBACK TO SAVEPOINT autogen_probe");
                for (Probe probe : probes) {
                    s.execute("SAVEPOINT autogen_probe_table");
                    try {
                        s.execute(probe.ddl());
                        accepted.add(probe);
                    } catch (SQLException tableFailed) {
                        s.execute("ROLLBACK TO SAVEPOINT autogen_probe_table");
                    }
                }
            }
        }
        var byName = accepted.stream().collect(Collectors.toMap(Probe::name, p -> p));
        var out = new HashMap<String, Map<String, String>>();
        try (var s = connection.prepareStatement("SELECT c.relname, con.conname, pg_get_constraintdef(con.oid) "
                + "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
                + "WHERE c.relnamespace = pg_my_temp_schema() AND con.contype = 'c'");
             var rs = s.executeQuery()) {
            while (rs.next()) {
                Probe probe = byName.get(rs.getString(1));
                if (probe == null) continue;
                String written = probe.expressions().get(Integer.parseInt(rs.getString(2).substring(1)));
                out.computeIfAbsent(probe.table(), k -> new HashMap<>())
                        .put(written, DatabaseReader.checkExpression(rs.getString(3)));
            }
        }
        try (var s = connection.createStatement()) {
            s.execute("ROLLBACK TO SAVEPOINT autogen_probe");   // the next round starts from no probe tables
        }
        return out;
    }

    /** A temporary table with a table's columns and one check {@code c<i>} per expression. */
    private record Probe(String name, String table, Map<String, ColumnType> columns, List<String> expressions) {
        String ddl() {
            var sql = new StringBuilder("CREATE TEMP TABLE ").append(quote(name)).append(" (")
                    .append(columns.entrySet().stream().map(c -> quote(c.getKey()) + " " + c.getValue().sql())
                            .collect(Collectors.joining(", ")))
                    .append(")");
            for (int i = 0; i < expressions.size(); i++)
                sql.append(";\nALTER TABLE ").append(quote(name)).append(" ADD CONSTRAINT c").append(i)
                        .append(" CHECK (").append(expressions.get(i)).append(")");
            return sql.toString();
        }
    }
}
