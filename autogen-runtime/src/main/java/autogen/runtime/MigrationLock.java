package autogen.runtime;

import autogen.DatabaseException;
import autogen.MigrationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Keeps two runners from migrating one database at once: a session advisory lock keyed to the version table.
 *
 * <p>The lock is taken on a connection of its own, by polling {@code pg_try_advisory_lock} with backoff, so that a
 * waiting runner never sits inside a statement: a statement blocked in {@code pg_advisory_lock} holds a snapshot,
 * which {@code CREATE INDEX CONCURRENTLY} in the runner holding the lock must wait for — a deadlock PostgreSQL
 * resolves by cancelling the index build. The working connection then takes a second key the same way. A runner
 * killed mid-statement loses its lock connection at once, but its working session may run on until PostgreSQL
 * notices the client is gone: the next runner waits for that second key, so it never works beside a dying one.
 * Session locks go with their session, so nothing can go stale.
 */
public final class MigrationLock implements AutoCloseable {

    private static final long FIRST_PAUSE_MS = 20;
    private static final long LONGEST_PAUSE_MS = 1000;

    private final Connection lockConnection;
    private final Connection work;
    private final long key;

    private MigrationLock(Connection lockConnection, Connection work, long key) {
        this.lockConnection = lockConnection;
        this.work = work;
        this.key = key;
    }

    /**
     * Takes the lock for the version table {@code versionTable} in {@code work}'s current schema, waiting up to
     * {@code lockWait} (the setting, {@code 10min}) for another runner to finish. {@code lockConnections} opens the
     * lock's own connection.
     */
    public static MigrationLock acquire(Supplier<Connection> lockConnections, Connection work, String versionTable, String lockWait) {
        Duration wait = Durations.parse("lock_wait", lockWait, "the settings");
        long key;
        try (var s = work.createStatement(); var rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            key = key(rs.getString(1), versionTable);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot lock the version table " + versionTable, e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        Connection lockConnection = lockConnections.get();
        try {
            lockConnection.setAutoCommit(true);
            poll(lockConnection, key, deadline, lockWait);
            poll(work, workKey(key), deadline, lockWait);
            return new MigrationLock(lockConnection, work, key);
        } catch (SQLException | RuntimeException e) {
            release(lockConnection, key);   // the first key, if it was taken
            if (e instanceof RuntimeException r) throw r;
            throw DatabaseException.of("cannot lock the version table " + versionTable, (SQLException) e);
        }
    }

    /**
     * The lock's key: 64 bits of a hash of the schema and the version table's name (a hash of 32 bits collides too
     * easily). To see who holds it: {@code SELECT * FROM pg_locks WHERE locktype = 'advisory'}.
     */
    public static long key(String schema, String versionTable) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("autogen:" + schema + "." + versionTable).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) key = (key << 8) | (hash[i] & 0xff);
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The working session's key: the lock's with its lowest bit flipped. */
    private static long workKey(long key) {
        return key ^ 1;
    }

    private static void poll(Connection connection, long key, long deadline, String lockWait) throws SQLException {
        long pause = FIRST_PAUSE_MS;
        try (var attempt = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            attempt.setLong(1, key);
            while (true) {
                try (var rs = attempt.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    throw new MigrationException("another autogen has been migrating this database for longer than lock_wait ("
                            + lockWait + "): try again when it is done, or raise lock_wait in autogen.properties");
                sleep(Math.min(pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1), left / 1_000_000 + 1));
                pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
            }
        }
    }

    /** Before each revision: the lock's session is alive and still holds it, or nothing more is applied. */
    public void verifyHeld() {
        try (var check = lockConnection.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND pid = pg_backend_pid() AND granted AND objsubid = 1 AND classid::bigint = ? AND objid::bigint = ?")) {
            check.setLong(1, key >>> 32);
            check.setLong(2, key & 0xffffffffL);
            try (var rs = check.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 1) return;
            }
        } catch (SQLException e) {
            throw new MigrationException("lost the migration lock (its connection failed: " + DatabaseException.firstLine(e.getMessage())
                    + "), so no further revision was applied: run the command again", e);
        }
        throw new MigrationException("lost the migration lock, so no further revision was applied: run the command again");
    }

    @Override
    public void close() {
        unlock(work, workKey(key));
        release(lockConnection, key);
    }

    /**
     * Unlocks {@code key} on the lock's connection, then closes it. Unlocked first: a pooled connection's close()
     * hands the session back to the pool, advisory lock and all, and every other runner would wait for it in vain.
     */
    private static void release(Connection connection, long key) {
        unlock(connection, key);
        try {
            connection.close();
        } catch (SQLException e) {
            // a closed session holds no lock, whatever the driver reports
        }
    }

    /** Releases a session lock this session may hold (unlocking a key it does not hold changes nothing). */
    private static void unlock(Connection connection, long key) {
        try (var unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            // a broken connection takes its session lock with it (a pool discards it)
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while waiting for another autogen to finish migrating", e);
        }
    }
}
