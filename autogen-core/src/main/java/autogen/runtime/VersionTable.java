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

    /** Whether a table is one of autogen's own bookkeeping tables, which are never part of a compared schema. */
    public boolean owns(String table) {
        return table.equals(name) || table.equals(historyName());
    }

    /** The log of every revision applied or undone: id, direction, source checksum, who, when, how long. */
    public String historyName() {
        return name + "_history";
    }

    public String createHistorySql() {
        return "CREATE TABLE IF NOT EXISTS " + quote(historyName()) + " (version_num varchar(32) NOT NULL, "
                + "direction varchar(9) NOT NULL, checksum varchar(64), applied_by text NOT NULL DEFAULT current_user, "
                + "applied_at timestamptz NOT NULL DEFAULT clock_timestamp(), duration_ms bigint)";
    }

    public String logSql(String id, boolean up, java.util.Optional<String> checksum, long durationMs) {
        return "INSERT INTO " + quote(historyName()) + " (version_num, direction, checksum, duration_ms) VALUES ("
                + literal(id) + ", " + literal(up ? "upgrade" : "downgrade") + ", "
                + checksum.map(autogen.sql.Identifiers::literal).orElse("NULL") + ", " + durationMs + ")";
    }

    /** The checksum each revision was last applied with, for those applied with one. */
    public java.util.Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        var out = new java.util.HashMap<String, String>();
        try (var check = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            check.setString(1, quote(historyName()));
            try (var rs = check.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) return out;
            }
        }
        try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT DISTINCT ON (version_num) version_num, "
                + "checksum FROM " + quote(historyName()) + " WHERE direction = 'upgrade' ORDER BY version_num, applied_at DESC")) {
            while (rs.next()) if (rs.getString(2) != null) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
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
