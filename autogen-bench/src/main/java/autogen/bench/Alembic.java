package autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Alembic floor: what Alembic's autogenerate does for SQLAlchemy, timed as a whole python process. The models
 * ({@code models.py}, SQLAlchemy Core tables) are written from the migrated database itself (its columns as
 * PostgreSQL has them, primary keys, unique and foreign keys, indexes), so they describe the same schema as the
 * entities without re-deriving Hibernate's mapping; {@code compare.py} reflects the database and compares.
 */
final class Alembic {

    static final String PYTHON = "/usr/bin/python3";

    private Alembic() {}

    /** Whether {@code /usr/bin/python3} has alembic, SQLAlchemy and psycopg2. */
    static boolean available() {
        try {
            var process = new ProcessBuilder(PYTHON, "-c", "import alembic, sqlalchemy, psycopg2")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes {@code models.py} (the tables of {@code connection}'s public schema, autogen's own left out) and {@code compare.py}. */
    static void write(Connection connection, Path dir) throws SQLException, IOException {
        var primaryKey = new HashSet<String>();
        try (var s = connection.createStatement();
             var rs = s.executeQuery("""
                     select t.relname || '.' || a.attname from pg_constraint c join pg_class t on t.oid = c.conrelid
                     join pg_namespace ns on ns.oid = t.relnamespace
                     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                     where ns.nspname = 'public' and c.contype = 'p'""")) {
            while (rs.next()) primaryKey.add(rs.getString(1));
        }
        var tables = new LinkedHashMap<String, List<String>>();
        try (var s = connection.createStatement();
             var rs = s.executeQuery("""
                     select c.table_name, c.column_name, c.data_type, c.character_maximum_length, c.numeric_precision,
                            c.numeric_scale, c.datetime_precision, c.is_nullable, c.is_identity
                     from information_schema.columns c
                     where c.table_schema = 'public' and c.table_name not like 'autogen\\_version%'
                     order by c.table_name, c.ordinal_position""")) {
            while (rs.next()) {
                boolean inPrimaryKey = primaryKey.contains(rs.getString(1) + "." + rs.getString(2));
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(column(rs, inPrimaryKey));
            }
        }
        // unique and foreign keys (the primary keys are on their columns), then the indexes no constraint owns
        try (var s = connection.createStatement();
             var rs = s.executeQuery("""
                     select t.relname, c.conname, c.contype,
                            array(select a.attname from unnest(c.conkey) with ordinality k(n, o)
                                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o),
                            r.relname,
                            array(select a.attname from unnest(c.confkey) with ordinality k(n, o)
                                  join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)
                     from pg_constraint c join pg_class t on t.oid = c.conrelid
                     join pg_namespace ns on ns.oid = t.relnamespace left join pg_class r on r.oid = c.confrelid
                     where ns.nspname = 'public' and c.contype in ('u', 'f') order by t.relname, c.conname""")) {
            while (rs.next()) {
                var columns = tables.get(rs.getString(1));
                if (columns == null) continue;
                String cols = list(rs.getArray(4));
                if (rs.getString(3).equals("u")) {
                    columns.add("UniqueConstraint(" + cols + ", name=" + str(rs.getString(2)) + ")");
                } else {
                    var refs = new ArrayList<String>();
                    for (Object c : (Object[]) rs.getArray(6).getArray()) refs.add(rs.getString(5) + "." + c);
                    columns.add("ForeignKeyConstraint([" + cols + "], [" + String.join(", ", refs.stream().map(Alembic::str).toList())
                            + "], name=" + str(rs.getString(2)) + ")");
                }
            }
        }
        try (var s = connection.createStatement();
             var rs = s.executeQuery("""
                     select t.relname, i.relname, x.indisunique,
                            array(select a.attname from unnest(x.indkey::int2[]) with ordinality k(n, o)
                                  join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n order by k.o)
                     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                     join pg_namespace ns on ns.oid = t.relnamespace
                     where ns.nspname = 'public' and not exists (select 1 from pg_constraint c
                           where c.conindid = x.indexrelid and c.conrelid = x.indrelid and c.contype in ('p', 'u', 'x'))
                     order by t.relname, i.relname""")) {
            while (rs.next()) {
                var columns = tables.get(rs.getString(1));
                if (columns == null) continue;
                var cols = new ArrayList<String>();
                for (Object c : (Object[]) rs.getArray(4).getArray()) cols.add(str((String) c));
                columns.add("Index(" + str(rs.getString(2)) + ", " + String.join(", ", cols)
                        + (rs.getBoolean(3) ? ", unique=True" : "") + ")");
            }
        }

        var models = new StringBuilder("""
                # written by autogen-bench from the migrated database: the same schema as the entities, for Alembic
                from sqlalchemy import (MetaData, Table, Column, Identity, Index, UniqueConstraint, ForeignKeyConstraint,
                                        BigInteger, Integer, SmallInteger, String, Text, Boolean, Numeric, Date, Float)
                from sqlalchemy.dialects.postgresql import TIMESTAMP

                metadata = MetaData()
                """);
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            models.append("\nTable(").append(str(table.getKey())).append(", metadata,\n");
            for (String item : table.getValue()) models.append("      ").append(item).append(",\n");
            models.append(")\n");
        }
        Files.writeString(dir.resolve("models.py"), models);
        Files.writeString(dir.resolve("compare.py"), """
                # written by autogen-bench: Alembic's autogenerate comparison of models.py with the database at argv[1];
                # prints the number of differences (each one on stderr)
                import sys
                import threading
                from sqlalchemy import create_engine
                from alembic.migration import MigrationContext
                from alembic.autogenerate import compare_metadata
                from models import metadata

                def include_name(name, type_, parent_names):
                    # autogen's version tables are no model's
                    return not (type_ == "table" and name.startswith("autogen_version"))

                def compare():
                    engine = create_engine(sys.argv[1])
                    with engine.connect() as connection:
                        context = MigrationContext.configure(connection, opts={"include_name": include_name, "compare_type": True})
                        diffs = compare_metadata(context, metadata)
                    for diff in diffs:
                        print(diff, file=sys.stderr)
                    print(len(diffs))

                # SQLAlchemy reflects the table a foreign key references from inside the reflection of the referencing
                # one: a chain of N foreign keys recurses N tables deep, past Python's default limit (and the default
                # thread stack) well before 1000 tables
                sys.setrecursionlimit(1_000_000)
                threading.stack_size(512 * 1024 * 1024)
                failed = []
                def run():
                    try:
                        compare()
                    except BaseException as e:
                        failed.append(e)
                        raise
                worker = threading.Thread(target=run)
                worker.start()
                worker.join()
                sys.exit(1 if failed else 0)
                """);
    }

    private static String column(ResultSet rs, boolean primaryKey) throws SQLException {
        String type = switch (rs.getString(3)) {
            case "bigint" -> "BigInteger";
            case "integer" -> "Integer";
            case "smallint" -> "SmallInteger";
            case "boolean" -> "Boolean";
            case "text" -> "Text";
            case "date" -> "Date";
            case "double precision" -> "Float(53)";
            case "character varying" -> rs.getObject(4) == null ? "String" : "String(" + rs.getInt(4) + ")";
            case "numeric" -> rs.getObject(5) == null ? "Numeric" : "Numeric(" + rs.getInt(5) + ", " + rs.getInt(6) + ")";
            case "timestamp with time zone" -> "TIMESTAMP(timezone=True, precision=" + rs.getInt(7) + ")";
            case "timestamp without time zone" -> "TIMESTAMP(precision=" + rs.getInt(7) + ")";
            default -> throw new IllegalStateException("no SQLAlchemy type for " + rs.getString(3)
                    + " (" + rs.getString(1) + "." + rs.getString(2) + ")");
        };
        var column = new StringBuilder("Column(" + str(rs.getString(2)) + ", " + type);
        if ("YES".equals(rs.getString(9))) column.append(", Identity()");
        if (primaryKey) column.append(", primary_key=True");
        column.append(", nullable=").append("YES".equals(rs.getString(8)) ? "True" : "False").append(")");
        return column.toString();
    }

    private static String list(java.sql.Array array) throws SQLException {
        var items = new ArrayList<String>();
        for (Object item : (Object[]) array.getArray()) items.add(str((String) item));
        return String.join(", ", items);
    }

    /** A Python string literal. */
    private static String str(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
