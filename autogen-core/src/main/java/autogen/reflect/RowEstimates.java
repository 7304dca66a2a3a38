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
}
