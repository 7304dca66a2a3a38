package autogen.tooling;

import static autogen.sql.Identifiers.qualified;
import static autogen.sql.Identifiers.quote;

import autogen.DatabaseException;
import autogen.diff.CheckForms;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ForeignKey;
import autogen.model.SchemaModel;
import autogen.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code verify}'s rows: one generated row in every table, so that each next revision meets filled tables as it will
 * in production (a NOT NULL without a default, a narrowing, a unique key on duplicated values). Values follow each
 * column's type, the first value an enum check or enum type allows, a range check's low end, and for a foreign key
 * a row of the referenced table; parents are filled before their children. A table whose row PostgreSQL refuses
 * (a check no generated value meets) is left empty and named.
 */
final class Rows {

    private Rows() {}

    /** What one filling did: the tables that got a row, and those left empty with PostgreSQL's reason. */
    record Filled(int tables, Map<String, String> skipped) {}

    /** {@code n}: this filling's number, so that every filling's values differ (keys stay unique). */
    static Filled fill(Connection c, SchemaModel schema, int n) {
        var skipped = new LinkedHashMap<String, String>();
        int filled = 0;
        try {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (Table t : parentsFirst(schema)) {
                    Optional<String> refused = Optional.empty();
                    for (int variant = 0; variant < VARIANTS; variant++) {
                        var savepoint = c.setSavepoint();
                        try (var s = c.createStatement()) {
                            s.execute(insert(schema, t, n, variant, skipped.keySet()));
                            refused = Optional.empty();
                            break;
                        } catch (SQLException e) {
                            c.rollback(savepoint);
                            if (refused.isEmpty()) refused = Optional.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip());
                        }
                    }
                    if (refused.isPresent()) skipped.put(t.name(), refused.get());
                    else filled++;
                }
                c.commit();
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot fill the tables with generated rows", e);
        }
        return new Filled(filled, skipped);
    }

    /** Referenced tables before the tables referencing them; a cycle is broken where it is met. */
    private static List<Table> parentsFirst(SchemaModel schema) {
        var ordered = new ArrayList<Table>();
        var visiting = new HashSet<String>();
        var done = new HashSet<String>();
        for (Table t : schema.tables()) visit(schema, t, visiting, done, ordered);
        return ordered;
    }

    private static void visit(SchemaModel schema, Table t, Set<String> visiting, Set<String> done, List<Table> ordered) {
        if (done.contains(t.name()) || !visiting.add(t.name())) return;
        for (ForeignKey fk : t.foreignKeys())
            schema.table(fk.referencedTable()).ifPresent(parent -> visit(schema, parent, visiting, done, ordered));
        visiting.remove(t.name());
        done.add(t.name());
        ordered.add(t);
    }

    /** Text values tried in turn when a check refuses the first: plain, an address, capitals, digits. */
    private static final int VARIANTS = 4;

    private static String insert(SchemaModel schema, Table t, int n, int variant, Set<String> empty) {
        var names = new ArrayList<String>();
        var values = new ArrayList<String>();
        for (Column column : t.columns()) {
            if (column.identity() || column.generatedAs().isPresent()) continue;
            Optional<ForeignKey> fk = t.foreignKeys().stream().filter(k -> k.columns().contains(column.name())).findFirst();
            String value;
            if (fk.isPresent()) {
                var key = fk.get();
                String referenced = key.referencedColumns().get(key.columns().indexOf(column.name()));
                boolean parentEmpty = empty.contains(key.referencedTable()) || key.referencedTable().equals(t.name());
                if (parentEmpty && column.nullable()) value = "NULL";
                else value = "(SELECT " + quote(referenced) + " FROM " + qualified(key.referencedTable()) + " ORDER BY 1 LIMIT 1)";
            } else if (column.defaultSql().isPresent()) {
                continue;
            } else {
                value = value(schema, t, column, n, variant);
            }
            names.add(quote(column.name()));
            values.add(value);
        }
        if (names.isEmpty()) return "INSERT INTO " + qualified(t.name()) + " DEFAULT VALUES";
        return "INSERT INTO " + qualified(t.name()) + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", values) + ")";
    }

    /** A value of the column's type that its checks allow, different for each {@code n}. */
    private static String value(SchemaModel schema, Table t, Column column, int n, int variant) {
        for (CheckConstraint check : t.checks()) {
            var allowed = CheckForms.firstAllowed(check.expression(), column.name());
            if (allowed.isPresent()) return allowed.get() + "::" + column.type().ddl();
        }
        String type = column.type().sql();
        var enumType = schema.enumType(type);
        if (enumType.isPresent() && !enumType.get().values().isEmpty())
            return autogen.sql.Identifiers.literal(enumType.get().values().get(0)) + "::" + qualified(type);
        if (type.endsWith("[]")) return "'{}'";
        if (type.matches("smallint|integer|bigint|serial|bigserial|smallserial|numeric.*|float.*|oid")) return Integer.toString(n);
        if (type.matches("(varchar|char)(\\(\\d+\\))?|text|citext|name")) {
            int size = type.matches(".*\\(\\d+\\)") ? Integer.parseInt(type.replaceAll("\\D", "")) : Integer.MAX_VALUE;
            String text = switch (variant) {
                case 1 -> "v" + n + "@example.com";
                case 2 -> "V" + n;
                case 3 -> Integer.toString(n);
                default -> "v" + n;
            };
            return autogen.sql.Identifiers.literal(text.length() > size ? text.substring(text.length() - size) : text);
        }
        if (type.equals("boolean")) return "true";
        if (type.equals("date")) return "DATE '2001-01-01' + " + n;
        if (type.startsWith("timestamp")) return "TIMESTAMP '2001-01-01 00:00' + INTERVAL '" + n + " day'";
        if (type.startsWith("time")) return "TIME '00:00' + INTERVAL '" + n + " minute'";
        if (type.equals("interval")) return "INTERVAL '" + n + " day'";
        if (type.equals("uuid")) return "md5('" + n + "')::uuid";
        if (type.equals("bytea")) return "'\\x0" + (n % 10) + "'::bytea";
        if (type.equals("json") || type.equals("jsonb")) return "'{\"n\": " + n + "}'::" + type;
        if (type.equals("inet") || type.equals("cidr")) return "'10.0.0." + (n % 250 + 1) + "'";
        return column.nullable() ? "NULL" : "'" + n + "'";
    }
}
