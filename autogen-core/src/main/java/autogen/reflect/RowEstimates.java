package autogen.reflect;

import autogen.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many rows each table holds, as PostgreSQL's planner estimates them ({@code pg_class.reltuples}): free to
 * read, one query, good enough to tell an empty table from a large one. Tables never analyzed are left out.
 */
public final class RowEstimates {

    private RowEstimates() {}

    /** Estimates by table name as the model writes it (bare in {@code defaultSchema}, {@code schema.name} elsewhere). */
    public static Map<String, Long> of(Connection connection, String defaultSchema) {
        var out = new HashMap<String, Long>();
        try (var s = connection.prepareStatement("""
                SELECT n.nspname, c.relname, c.reltuples::bigint FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND c.reltuples >= 0
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\\\_%'""");
             var rs = s.executeQuery()) {
            while (rs.next())
                out.put(rs.getString(1).equals(defaultSchema) ? rs.getString(2) : rs.getString(1) + "." + rs.getString(2), rs.getLong(3));
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read row estimates", e);
        }
        return out;
    }

    /**
     * Columns known to hold no data, as {@code table.column}: every column of a table estimated empty, and those
     * whose statistics say all values are NULL. Columns without statistics are not listed (nothing is known).
     */
    public static java.util.Set<String> emptyColumns(Connection connection, String defaultSchema) {
        var out = new java.util.HashSet<String>();
        try (var s = connection.prepareStatement("""
                SELECT n.nspname, c.relname, a.attname FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                LEFT JOIN pg_catalog.pg_stats st ON st.schemaname = n.nspname AND st.tablename = c.relname AND st.attname = a.attname
                WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND (c.reltuples = 0 OR st.null_frac = 1)""");
             var rs = s.executeQuery()) {
            while (rs.next())
                out.add((rs.getString(1).equals(defaultSchema) ? "" : rs.getString(1) + ".") + rs.getString(2) + "." + rs.getString(3));
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read column statistics", e);
        }
        return out;
    }
}
