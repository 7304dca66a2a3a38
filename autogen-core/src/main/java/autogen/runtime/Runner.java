package autogen.runtime;

import autogen.DatabaseException;
import autogen.MigrationException;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import autogen.sql.Identifiers;
import autogen.sql.PostgresDdl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies and undoes revisions on one connection. Each revision runs in its own transaction together with its
 * version-table update, so a failing revision leaves the schema and the version table exactly as before it;
 * the revisions before it stay applied. A session advisory lock keyed to the version table keeps two runners
 * from applying the same revision.
 */
public final class Runner {

    private final Connection connection;
    private final RevisionGraph graph;
    private final VersionTable versionTable;
    private final PostgresDdl ddl = new PostgresDdl();
    private final Optional<String> lockTimeout;
    private String lockWait = DEFAULT_LOCK_WAIT;
    private boolean wholeRun;

    /** How long a runner waits for another one migrating the same database before it gives up. */
    public static final String DEFAULT_LOCK_WAIT = "10min";

    public Runner(Connection connection, RevisionGraph graph, VersionTable versionTable) {
        this(connection, graph, versionTable, Optional.empty());
    }

    /**
     * {@code lockTimeout}: how long a statement may wait for a lock ({@code '5s'}) before the revision fails and is
     * rolled back, instead of queueing every other query on the table behind it.
     */
    public Runner(Connection connection, RevisionGraph graph, VersionTable versionTable, Optional<String> lockTimeout) {
        this.connection = connection;
        this.graph = graph;
        this.versionTable = versionTable;
        this.lockTimeout = lockTimeout;
    }

    /** The applied heads, each of which must be a revision of the history. */
    public Set<String> heads() {
        Set<String> heads;
        try {
            heads = versionTable.heads(connection);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the version table " + versionTable.name(), e);
        }
        for (String head : heads)
            if (!graph.contains(head))
                throw new MigrationException("the database is at revision " + head + ", which is not in the migration "
                        + "history: restore its migration file, or check migrations.dir");
        return heads;
    }

    /**
     * Applied revisions whose migration file changed since (the checksum it was applied with differs): one line
     * each, empty when the history is intact. Whitespace-only changes do not count.
     */
    public List<String> editedSinceApplied() {
        try {
            var applied = versionTable.appliedChecksums(connection);
            var edited = new ArrayList<String>();
            for (String id : graph.ancestorsAndSelf(heads())) {
                var now = graph.get(id).checksum();
                if (applied.containsKey(id) && now.isPresent() && !now.get().equals(applied.get(id)))
                    edited.add("revision " + graph.get(id).describe() + " was edited after it was applied");
            }
            return edited;
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read " + versionTable.historyName(), e);
        }
    }

    /** {@code true}: all revisions of one upgrade or downgrade in a single transaction ({@code transaction_per=run}). */
    public Runner oneTransactionPerRun(boolean whole) {
        this.wholeRun = whole;
        return this;
    }

    /** {@code wait}: a PostgreSQL interval ({@code 30s}, {@code 10min}) to wait for another runner's lock. */
    public Runner waitingForLock(String wait) {
        this.lockWait = wait;
        return this;
    }

    /** Applies the revisions from the current heads up to {@code target}; returns those applied. */
    public List<LoadedMigration> upgrade(String target, int maxSteps, Consumer<LoadedMigration> progress) {
        return locked(() -> {
            var path = graph.upgradePath(heads(), target);
            return run(path.subList(0, Math.min(maxSteps, path.size())), true, progress);
        });
    }

    /** Applies everything up to all of {@code targets} ({@code upgrade heads}). */
    public List<LoadedMigration> upgrade(java.util.Collection<String> targets, Consumer<LoadedMigration> progress) {
        return locked(() -> run(graph.upgradePath(heads(), targets), true, progress));
    }

    /** Writes {@code newHeads} into the version table without running any migration ({@code stamp}). */
    public Set<String> stamp(Set<String> newHeads) {
        return locked(() -> {
            Set<String> before = heads();
            try {
                connection.setAutoCommit(false);
                try (var s = connection.createStatement()) {
                    s.execute(versionTable.createSql());
                    for (String sql : versionTable.moveSql(before, newHeads)) s.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                rollback();
                throw DatabaseException.of("cannot stamp the version table " + versionTable.name(), e);
            } finally {
                autoCommit();
            }
            return newHeads;
        });
    }

    /** Undoes revisions down to {@code target} (null: base); returns those undone. */
    public List<LoadedMigration> downgrade(String target, int maxSteps, Consumer<LoadedMigration> progress) {
        return locked(() -> {
            var path = graph.downgradePath(heads(), target);
            return run(path.subList(0, Math.min(maxSteps, path.size())), false, progress);
        });
    }

    /** The SQL of one step, version-table update included, exactly as {@link #upgrade} runs it. */
    public List<String> stepSql(LoadedMigration step, boolean up, Set<String> headsBefore) {
        var sql = new ArrayList<>(ddlSql(step, up));
        sql.addAll(versionTable.moveSql(headsBefore, graph.headsAfter(headsBefore, step, up)));
        return sql;
    }

    /** The step's own statements; a transactional step starts with its lock_timeout, for that transaction only. */
    public List<String> ddlSql(LoadedMigration step, boolean up) {
        var sql = new ArrayList<String>();
        if (step.info().transactional()) lockTimeout.ifPresent(t -> sql.add("SET LOCAL lock_timeout = " + Identifiers.literal(t)));
        sql.addAll(ddl.statements(step.operations(up)));
        return sql;
    }

    private List<LoadedMigration> run(List<LoadedMigration> steps, boolean up, Consumer<LoadedMigration> progress) {
        if (wholeRun && steps.size() > 1) return runAsOneTransaction(steps, up, progress);
        var done = new ArrayList<LoadedMigration>();
        for (LoadedMigration step : steps) {
            Set<String> before = heads();
            long started = System.nanoTime();
            if (step.info().transactional()) runInTransaction(step, stepSql(step, up, before), up, started);
            else runStepByStep(step, ddlSql(step, up), versionTable.moveSql(before, graph.headsAfter(before, step, up)), up, started);
            done.add(step);
            progress.accept(step);
        }
        return done;
    }

    /** {@code transaction_per=run}: every revision of the run in one transaction, so a failure undoes them all. */
    private List<LoadedMigration> runAsOneTransaction(List<LoadedMigration> steps, boolean up, Consumer<LoadedMigration> progress) {
        for (LoadedMigration step : steps)
            if (!step.info().transactional())
                throw new MigrationException("revision " + step.describe() + " runs outside a transaction, so it cannot be part "
                        + "of one transaction for the whole run: apply it alone (upgrade " + step.id() + ") or set transaction_per=revision");
        LoadedMigration current = null;
        String statement = null;
        try {
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                s.execute(versionTable.createSql());
                s.execute(versionTable.createHistorySql());
                for (LoadedMigration step : steps) {
                    current = step;
                    long started = System.nanoTime();
                    for (String sql : stepSql(step, up, heads())) {
                        statement = sql;
                        s.execute(sql);
                    }
                    statement = null;
                    s.execute(versionTable.logSql(step.id(), up, step.checksum(), (System.nanoTime() - started) / 1_000_000));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new MigrationException("revision " + (current == null ? "?" : current.describe()) + " failed"
                    + (statement == null ? "" : " at `" + statement + "`") + ": " + DatabaseException.firstLine(e.getMessage())
                    + "; the run was one transaction (transaction_per=run), so none of its " + steps.size()
                    + " revisions was applied", e);
        } finally {
            autoCommit();
        }
        steps.forEach(progress);
        return steps;
    }

    private void runInTransaction(LoadedMigration step, List<String> statements, boolean up, long started) {
        String current = null;
        try {
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                s.execute(versionTable.createSql());
                s.execute(versionTable.createHistorySql());
                for (String sql : statements) {
                    current = sql;
                    s.execute(sql);
                }
                current = null;
                s.execute(versionTable.logSql(step.id(), up, step.checksum(), (System.nanoTime() - started) / 1_000_000));
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new MigrationException("revision " + step.describe() + " failed, nothing of it was applied: "
                    + DatabaseException.of(current == null ? "" : "at `" + current + "`", e).getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /**
     * A revision marked {@code transactional = false}: each statement commits on its own (CREATE INDEX CONCURRENTLY
     * cannot run otherwise), and the version table moves only after the last one, in its own transaction. A failure
     * says which statements did commit and what a failed concurrent index build leaves behind.
     */
    private void runStepByStep(LoadedMigration step, List<String> statements, List<String> versionMove, boolean up, long started) {
        var applied = new ArrayList<String>();
        String current = null;
        try (var s = connection.createStatement()) {
            connection.setAutoCommit(true);
            if (lockTimeout.isPresent()) s.execute("SET lock_timeout = " + Identifiers.literal(lockTimeout.get()));
            for (String sql : statements) {
                current = sql;
                s.execute(sql);
                applied.add(sql);
            }
            current = null;
            connection.setAutoCommit(false);
            s.execute(versionTable.createSql());
            s.execute(versionTable.createHistorySql());
            for (String sql : versionMove) s.execute(sql);
            s.execute(versionTable.logSql(step.id(), up, step.checksum(), (System.nanoTime() - started) / 1_000_000));
            connection.commit();
        } catch (SQLException e) {
            rollback();
            String leftovers = current != null && current.contains(" CONCURRENTLY ") && current.startsWith("CREATE")
                    ? "; the failed concurrent index build leaves an INVALID index: drop it with DROP INDEX CONCURRENTLY before upgrading again"
                    : "";
            throw new MigrationException("revision " + step.describe() + " failed outside a transaction"
                    + (current == null ? " while recording it in the version table" : " at `" + current + "`") + ": "
                    + DatabaseException.firstLine(e.getMessage()) + "; these statements had committed and stay applied: "
                    + (applied.isEmpty() ? "none" : String.join("; ", applied)) + leftovers, e);
        } finally {
            resetLockTimeout();
            autoCommit();
        }
    }

    private void resetLockTimeout() {
        if (lockTimeout.isEmpty()) return;
        try (var s = connection.createStatement()) {
            s.execute("RESET lock_timeout");
        } catch (SQLException ignored) {
            // a broken connection takes its settings with it
        }
    }

    private interface Work<T> {
        T run();
    }

    /**
     * Runs {@code work} holding a session advisory lock keyed to the version table: a second runner waits here (up
     * to {@code lock_wait}), then reads the version table afresh and applies nothing twice. The lock goes with the
     * session, so a killed runner cannot leave a stale one behind.
     */
    private <T> T locked(Work<T> work) {
        long key = ("autogen:" + versionTable.name()).hashCode();
        try (var s = connection.createStatement(); var lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            s.execute("SET lock_timeout = " + Identifiers.literal(lockWait));
            lock.setLong(1, key);
            try {
                lock.execute();
            } finally {
                s.execute("RESET lock_timeout");
            }
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState()))
                throw new MigrationException("another autogen has been migrating this database for longer than lock_wait ("
                        + lockWait + "): try again when it is done, or raise lock_wait in autogen.properties", e);
            throw DatabaseException.of("cannot lock the version table " + versionTable.name(), e);
        }
        try {
            return work.run();
        } finally {
            try (var s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                s.setLong(1, key);
                s.execute();
            } catch (SQLException e) {
                // the lock is a session lock: closing the connection releases it anyway
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; PostgreSQL rolls the transaction back when it goes away
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // as above
        }
    }

}
