package autogen.runtime;

import static autogen.sql.Identifiers.literal;
import static autogen.sql.Identifiers.quote;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * Creates the version table and its history if need be, in the transaction of {@code s} (so that a run that
     * fails leaves nothing), and brings a history table of an earlier autogen up to date.
     */
    public void create(java.sql.Statement s) throws SQLException {
        s.execute(createSql());
        s.execute(createHistorySql());
        if (historyNeedsUpdate(s.getConnection())) for (String sql : updateHistorySql()) s.execute(sql);
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
                + "direction varchar(9) NOT NULL, checksum text, applied_by text NOT NULL DEFAULT current_user, "
                + "applied_at timestamptz NOT NULL DEFAULT clock_timestamp(), duration_ms bigint, status varchar(9), "
                + "steps_done integer)";
    }

    /**
     * Brings a history table written by an earlier autogen up to date: {@code status} and {@code steps_done} record
     * the progress of a revision that runs outside a transaction, and checksums carry a scheme prefix. Idempotent.
     */
    public List<String> updateHistorySql() {
        String table = quote(historyName());
        return List.of("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS status varchar(9)",
                "ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS steps_done integer",
                "ALTER TABLE " + table + " ALTER COLUMN checksum TYPE text");
    }

    /** Whether the history table is missing or lacks what {@link #updateHistorySql} adds. */
    public boolean historyNeedsUpdate(Connection connection) throws SQLException {
        try (var s = connection.prepareStatement("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(?) "
                + "AND attname = 'steps_done' AND NOT attisdropped")) {
            s.setString(1, quote(historyName()));
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        }
    }

    /** The log row of a revision applied or undone in one transaction, written in that transaction. */
    public String logSql(String id, boolean up, String checksum, long durationMs) {
        return "INSERT INTO " + quote(historyName()) + " (version_num, direction, checksum, duration_ms, status) VALUES ("
                + literal(id) + ", " + direction(up) + ", " + literal(checksum) + ", " + durationMs + ", 'done')";
    }

    /** The log row of a revision {@code stamp} declares applied without running it, with its checksum. */
    public String stampSql(String id, String checksum) {
        return "INSERT INTO " + quote(historyName()) + " (version_num, direction, checksum, status) VALUES (" + literal(id)
                + ", 'stamp', " + literal(checksum) + ", 'done')";
    }

    /** The log row of a revision starting to run outside a transaction, committed before its first step. */
    public String startSql(String id, boolean up, String checksum) {
        return "INSERT INTO " + quote(historyName()) + " (version_num, direction, checksum, status, steps_done) VALUES ("
                + literal(id) + ", " + direction(up) + ", " + literal(checksum) + ", 'running', 0)";
    }

    /** Records that the first {@code stepsDone} statements of a running revision have committed. */
    public String progressSql(String id, boolean up, int stepsDone) {
        return "UPDATE " + quote(historyName()) + " SET status = 'running', steps_done = " + stepsDone + running(id, up);
    }

    /** Marks a running revision as inside a statement that cannot commit with its progress (VACUUM, say). */
    public String uncertainSql(String id, boolean up) {
        return "UPDATE " + quote(historyName()) + " SET status = 'uncertain'" + running(id, up);
    }

    /** Rewrites a revision's checksum of an earlier scheme, once it is found to match, in the current one. */
    public String rewriteChecksumSql(String id, String from, String to) {
        return "UPDATE " + quote(historyName()) + " SET checksum = " + literal(to) + " WHERE version_num = " + literal(id)
                + " AND checksum = " + literal(from);
    }

    /** Marks a running revision done, in the transaction that moves the version table. */
    public String finishSql(String id, boolean up, long durationMs) {
        return "UPDATE " + quote(historyName()) + " SET status = 'done', duration_ms = " + durationMs + running(id, up);
    }

    private static String running(String id, boolean up) {
        return " WHERE version_num = " + literal(id) + " AND direction = " + direction(up) + " AND status IN ('running', 'uncertain')";
    }

    private static String direction(boolean up) {
        return literal(up ? "upgrade" : "downgrade");
    }

    /**
     * A revision that started outside a transaction and did not finish: a runner was killed or a step failed.
     * {@code stepsDone} statements committed; when {@code uncertain}, the next one may have run too.
     */
    public record Interrupted(String revision, boolean up, int stepsDone, boolean uncertain, Optional<String> checksum) {}

    /** The revisions left running; empty when the history table does not exist yet. */
    public List<Interrupted> interrupted(Connection connection) throws SQLException {
        var out = new ArrayList<Interrupted>();
        if (!exists(connection, historyName()) || historyNeedsUpdate(connection)) return out;
        try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT version_num, direction, steps_done, status, checksum FROM "
                + quote(historyName()) + " WHERE status IN ('running', 'uncertain') ORDER BY applied_at")) {
            while (rs.next())
                out.add(new Interrupted(rs.getString(1), rs.getString(2).equals("upgrade"), rs.getInt(3),
                        rs.getString(4).equals("uncertain"), Optional.ofNullable(rs.getString(5))));
        }
        return out;
    }

    /** The checksum each revision was last applied (or stamped) with, for those applied with one. */
    public java.util.Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        var out = new java.util.HashMap<String, String>();
        if (!exists(connection, historyName())) return out;
        // a history table of an earlier autogen has no status: every row of it is a finished revision
        String finished = historyNeedsUpdate(connection) ? "" : " AND (status IS NULL OR status = 'done')";
        try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT DISTINCT ON (version_num) version_num, "
                + "checksum FROM " + quote(historyName()) + " WHERE direction IN ('upgrade', 'stamp')" + finished
                + " ORDER BY version_num, applied_at DESC")) {
            while (rs.next()) if (rs.getString(2) != null) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    public boolean exists(Connection connection) throws SQLException {
        return exists(connection, name);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var s = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, quote(table));
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
