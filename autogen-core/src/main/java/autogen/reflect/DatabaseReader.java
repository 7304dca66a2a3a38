package autogen.reflect;

import static java.util.Objects.requireNonNull;

import autogen.DatabaseException;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.EnumType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.OnDelete;
import autogen.model.PrimaryKey;
import autogen.model.SchemaModel;
import autogen.model.SchemaSource;
import autogen.model.Sequence;
import autogen.model.Table;
import autogen.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The live schema of a PostgreSQL database as a {@link SchemaModel}, normalised so that a schema created from the
 * entities reads back equal to what Hibernate's metamodel says.
 *
 * <p>Batched {@code pg_catalog} queries, a fixed number whatever the table count: the tables, then the columns,
 * constraints, indexes and sequences of all of them at once (about 150 ms for 1000 tables). The catalog is the only
 * place that says what the model needs (identity columns, {@code format_type} spellings, the indexes that back a
 * constraint, identity sequences). SchemaCrawler, used earlier to list the tables, read nothing the catalog does
 * not, and its generic per-table JDBC crawl took 59 s for 1000 tables, so it was dropped.
 */
public final class DatabaseReader implements SchemaSource {

    public static final String DEFAULT_SCHEMA = "public";


    private final Connection connection;
    private final String schema;
    private final Predicate<String> ignoredTables;

    /**
     * @param connection    read only, never closed: the caller owns it
     * @param schema        the schema to read, as stored (usually lower case)
     * @param ignoredTables names of tables to leave out: the version table and the user's exclude patterns
     */
    public DatabaseReader(Connection connection, String schema, Predicate<String> ignoredTables) {
        this.connection = requireNonNull(connection, "connection");
        this.schema = requireNonNull(schema, "schema");
        this.ignoredTables = requireNonNull(ignoredTables, "ignoredTables");
    }

    /**
     * The default schema and some others into one model: names outside the default schema become
     * {@code schema.name}, and references between schemas follow. {@code ignoredTables} sees those names.
     */
    public static SchemaModel read(Connection connection, String defaultSchema, Collection<String> otherSchemas,
            Predicate<String> ignoredTables) {
        var main = new DatabaseReader(connection, defaultSchema, ignoredTables).read();
        var tables = new ArrayList<>(main.tables());
        var sequences = new ArrayList<>(main.sequences());
        var enumTypes = new ArrayList<>(main.enumTypes());
        for (String schema : existing(connection, otherSchemas)) {
            if (schema.equals(defaultSchema)) continue;
            UnaryOperator<String> qualify = name -> schema + "." + name;
            var other = new DatabaseReader(connection, schema, name -> ignoredTables.test(qualify.apply(name))).read();
            for (Table t : other.tables()) {
                var keys = t.foreignKeys().stream().map(fk ->
                        fk.referencing(referenced(fk.referencedTable(), schema, defaultSchema), fk.referencedColumns())).toList();
                tables.add(new Table(qualify.apply(t.name()), t.columns(), t.primaryKey(), t.uniqueConstraints(),
                        t.checks(), t.indexes(), keys, t.comment()));
            }
            other.sequences().forEach(q -> sequences.add(new Sequence(qualify.apply(q.name()), q.start(), q.increment())));
            other.enumTypes().forEach(e -> enumTypes.add(new EnumType(qualify.apply(e.name()), e.values())));
        }
        return new SchemaModel(tables, sequences, enumTypes);
    }

    /** Those of the schemas that exist: one still to be created holds nothing yet. */
    private static List<String> existing(Connection connection, Collection<String> schemas) {
        if (schemas.isEmpty()) return List.of();
        try (var ps = connection.prepareStatement("SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY (?) ORDER BY 1")) {
            ps.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            var out = new ArrayList<String>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.of("cannot list schemas " + schemas, e);
        }
    }

    /** A table a key in {@code schema} references, as the model names it. */
    private static String referenced(String name, String schema, String defaultSchema) {
        if (name.startsWith(defaultSchema + ".")) return name.substring(defaultSchema.length() + 1);
        return name.contains(".") ? name : schema + "." + name;
    }

    /** Every table of the {@code public} schema. */
    public static DatabaseReader of(Connection connection) {
        return new DatabaseReader(connection, DEFAULT_SCHEMA, name -> false);
    }

    @Override
    public SchemaModel read() {
        try {
            var tables = new LinkedHashMap<String, TableParts>();
            for (String name : tableNames())
                if (!ignoredTables.test(name)) tables.put(name, new TableParts(name));
            Array names = connection.createArrayOf("text", tables.keySet().toArray());
            readColumns(names, tables);
            readConstraints(names, tables);
            readIndexes(names, tables);
            List<Sequence> sequences = readSequences();
            return new SchemaModel(tables.values().stream().map(TableParts::toTable).toList(), sequences, readEnumTypes());
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read schema " + schema, e);
        }
    }

    /** The names of the schema's tables: plain, partitioned and partitions; not views, not foreign tables. */
    List<String> tableNames() throws SQLException {
        var names = new ArrayList<String>();
        try (var s = connection.prepareStatement("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')")) {
            s.setString(1, schema);
            try (var rs = s.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        names.sort(null);   // in Java's order, not the database collation's
        return names;
    }

    private static final Map<String, ColumnType> SERIALS = Map.of("integer", ColumnType.of("serial"),
            "bigint", ColumnType.of("bigserial"), "smallint", ColumnType.of("smallserial"));

    private static final String COLUMNS = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END, a.attidentity IN ('a', 'd'),
                   col_description(c.oid, a.attnum), obj_description(c.oid, 'pg_class'),
                   CASE WHEN a.attgenerated = 's' THEN pg_get_expr(d.adbin, d.adrelid) END,
                   a.attidentity = '' AND pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                                                                  a.attname) IS NOT NULL
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname = ANY (?)
            ORDER BY c.relname, a.attnum""";

    private void readColumns(Array names, Map<String, TableParts> tables) throws SQLException {
        query(COLUMNS, names, rs -> {
            boolean identity = rs.getBoolean(6);
            TableParts table = tables.get(rs.getString(1));
            var type = ColumnType.of(rs.getString(3));
            Optional<String> defaultSql = identity ? Optional.empty() : DefaultExpressions.normalise(rs.getString(5));
            // a serial column: its default draws from a sequence the column owns; written serial, as created
            if (rs.getBoolean(10) && defaultSql.filter(d -> d.startsWith("nextval(")).isPresent()) {
                type = SERIALS.getOrDefault(type.sql(), type);
                defaultSql = Optional.empty();
            }
            table.columns.add(new Column(rs.getString(2), type, !rs.getBoolean(4), defaultSql, identity,
                    Optional.ofNullable(rs.getString(7)), Optional.ofNullable(rs.getString(9))));
            table.comment = rs.getString(8);   // the same on every row of the table
        });
    }

    /**
     * Key columns come out in key order ({@code WITH ORDINALITY}), not in table order. The {@code conparentid} test
     * drops the copies PostgreSQL makes of a foreign key for each partition of the table it references: they carry
     * the same name on the same table.
     */
    private static final String CONSTRAINTS = """
            SELECT c.relname, k.conname, k.contype,
                   ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                         ORDER BY u.ord),
                   CASE WHEN rn.nspname = n.nspname THEN r.relname::text ELSE rn.nspname || '.' || r.relname END,
                   ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS u(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum
                         ORDER BY u.ord),
                   k.confdeltype,
                   CASE WHEN k.contype = 'c' THEN pg_get_constraintdef(k.oid) END,
                   k.confupdtype, k.condeferrable, k.condeferred
            FROM pg_catalog.pg_constraint k
            JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class r ON r.oid = k.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname = ANY (?) AND k.contype IN ('p', 'u', 'c', 'f')
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint p WHERE p.oid = k.conparentid AND p.conrelid = k.conrelid)
            ORDER BY c.relname, k.conname""";

    private void readConstraints(Array names, Map<String, TableParts> tables) throws SQLException {
        query(CONSTRAINTS, names, rs -> {
            TableParts t = tables.get(rs.getString(1));
            String name = rs.getString(2);
            List<String> columns = strings(rs.getArray(4));
            switch (rs.getString(3)) {
                case "p" -> t.primaryKey = new PrimaryKey(name, columns);
                case "u" -> t.uniques.add(new UniqueConstraint(name, columns));
                case "c" -> t.checks.add(new CheckConstraint(name, checkExpression(rs.getString(8))));
                default -> t.foreignKeys.add(new ForeignKey(name, columns, rs.getString(5), strings(rs.getArray(6)),
                        onDelete(rs.getString(7)), onDelete(rs.getString(9)),
                        !rs.getBoolean(10) ? ForeignKey.Deferral.NOT_DEFERRABLE
                                : rs.getBoolean(11) ? ForeignKey.Deferral.INITIALLY_DEFERRED : ForeignKey.Deferral.INITIALLY_IMMEDIATE));
            }
        });
    }

    /**
     * Plain indexes: those backing a primary key, unique or exclusion constraint are that constraint. A key column
     * that is an expression ({@code indkey} 0) reads as the expression's text.
     */
    private static final String INDEXES = """
            SELECT c.relname, i.relname, x.indisunique, (SELECT am.amname FROM pg_catalog.pg_am am WHERE am.oid = i.relam),
                   ARRAY(SELECT coalesce(a.attname::text, pg_get_indexdef(x.indexrelid, k.n, true))
                                || CASE WHEN x.indoption[k.n - 1] & 1 = 1 THEN ' DESC' ELSE '' END
                                || CASE WHEN x.indoption[k.n - 1] & 2 = 2 THEN ' NULLS FIRST' ELSE ' NULLS LAST' END
                         FROM generate_series(1, x.indnkeyatts) AS k(n)
                         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k.n - 1]
                         ORDER BY k.n)
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                              WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
            ORDER BY c.relname, i.relname""";

    private void readIndexes(Array names, Map<String, TableParts> tables) throws SQLException {
        query(INDEXES, names, rs -> tables.get(rs.getString(1)).indexes
                .add(new Index(rs.getString(2), strings(rs.getArray(5)), rs.getBoolean(3), rs.getString(4))));
    }

    /** Standalone sequences: those an identity (pg_depend 'i') or serial (pg_depend 'a') column owns are its part. */
    private static final String SEQUENCES = """
            SELECT c.relname, s.seqstart, s.seqincrement, owner.relname, d.deptype
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                 AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class owner ON owner.oid = d.refobjid
            WHERE n.nspname = ?
            ORDER BY c.relname""";

    private List<Sequence> readSequences() throws SQLException {
        var out = new ArrayList<Sequence>();
        try (var ps = connection.prepareStatement(SEQUENCES)) {
            ps.setString(1, schema);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    // owned by a column (identity 'i', serial 'a'): part of that column, not a sequence of its own
                    if (rs.getString(5) != null) continue;
                    out.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    /** {@code CHECK ((price >= (0)::numeric)) NOT VALID} → {@code (price >= (0)::numeric)}. */
    static String checkExpression(String definition) {
        var m = CHECK.matcher(definition.strip());
        return m.matches() ? m.group(1) : definition;
    }

    private static final Pattern CHECK = Pattern.compile("^CHECK \\((.*)\\)(?: NO INHERIT)?(?: NOT VALID)?$", Pattern.DOTALL);

    /** A referential action from {@code confdeltype} or {@code confupdtype}. */
    private static OnDelete onDelete(String action) {
        return switch (action) {
            case "r" -> OnDelete.RESTRICT;
            case "c" -> OnDelete.CASCADE;
            case "n" -> OnDelete.SET_NULL;
            case "d" -> OnDelete.SET_DEFAULT;
            default -> OnDelete.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }

    private static final String ENUM_TYPES = """
            SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = ?
            GROUP BY t.typname
            ORDER BY t.typname""";

    private List<EnumType> readEnumTypes() throws SQLException {
        var types = new ArrayList<EnumType>();
        try (var ps = connection.prepareStatement(ENUM_TYPES)) {
            ps.setString(1, schema);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) types.add(new EnumType(rs.getString(1), strings(rs.getArray(2))));
            }
        }
        return types;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Array tableNames, RowReader reader) throws SQLException {
        try (var ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            ps.setArray(2, tableNames);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
        }
    }

    /** A table being assembled from the rows of several queries. */
    private static final class TableParts {
        final String name;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        String comment;

        TableParts(String name) {
            this.name = name;
        }

        Table toTable() {
            return new Table(name, columns, Optional.ofNullable(primaryKey), uniques, checks, indexes, foreignKeys,
                    Optional.ofNullable(comment));
        }
    }
}
