package autogen.runtime;

import static autogen.sql.Identifiers.literal;
import static autogen.sql.Identifiers.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table that records which revisions are applied: one row per applied head, as Alembic's does, so a linear
 * history has exactly one row and an empty table means base.
 */
public record VersionTable(String name) {

    public String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + quote(name) + " (version_num varchar(32) NOT NULL, CONSTRAINT "
                + quote(name + "_pkc") + " PRIMARY KEY (version_num))";
    }

    public boolean exists(Connection connection) throws SQLException {
        try (var s = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, quote(name));
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The applied heads; empty when the table does not exist yet (nothing applied). */
    public Set<String> heads(Connection connection) throws SQLException {
        var heads = new TreeSet<String>();
        if (!exists(connection)) return heads;
        try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT version_num FROM " + quote(name))) {
            while (rs.next()) heads.add(rs.getString(1));
        }
        return heads;
    }

    /** The statements that turn the rows {@code from} into {@code to}. */
    public List<String> moveSql(Set<String> from, Set<String> to) {
        var sql = new ArrayList<String>();
        for (String gone : from)
            if (!to.contains(gone)) sql.add("DELETE FROM " + quote(name) + " WHERE version_num = " + literal(gone));
        for (String added : to)
            if (!from.contains(added)) sql.add("INSERT INTO " + quote(name) + " (version_num) VALUES (" + literal(added) + ")");
        return sql;
    }
}
