package autogen.migration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Java code that a migration runs on the JDBC connection of the running revision ({@link Ops#jdbc}): a data
 * migration that SQL alone cannot express. It runs inside the revision's transaction (when the revision has one),
 * so a failure rolls it back with the rest; it must not commit, roll back or close the connection.
 */
@FunctionalInterface
public interface JdbcStep {
    void run(Connection connection) throws SQLException;
}
