package autogen.runtime;

import autogen.DatabaseException;
import autogen.MigrationException;
import autogen.revision.Checksums;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    private final Planner planner;
    private final Optional<String> lockTimeout;
    private String lockWait = DEFAULT_LOCK_WAIT;
    private boolean wholeRun;
    private boolean holdBackContract;
    private Optional<LoadedMigration> heldBack = Optional.empty();
    private Supplier<Connection> lockConnections;
    private MigrationLock lock;   // held while a run applies revisions
    private final StepByStep stepByStep;

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
        this.stepByStep = new StepByStep(connection, versionTable, lockTimeout);
        this.planner = new Planner(graph, versionTable, lockTimeout);
    }

    /** The applied heads, each of which must be a revision of the history. */
    public Set<String> heads() {
        Set<String> heads = rows();
        for (String head : heads)
            if (!graph.contains(head))
                throw new MigrationException("the database is at revision " + head + ", which is not in the migration "
                        + "history: restore its migration file, or check migrations.dir; to record another revision "
                        + "instead, `autogen stamp --purge REV`");
        Set<String> consistent = graph.headsOf(heads);
        if (!consistent.equals(heads)) {
            var behind = new TreeSet<>(heads);
            behind.removeAll(consistent);
            throw new MigrationException("the version table lists " + String.join(", ", heads) + ", but " + String.join(", ", behind)
                    + " come(s) before " + String.join(", ", consistent) + " in the history, and a database is at one revision "
                    + "per branch: if it is at " + String.join(", ", consistent) + ", repair the table with `autogen stamp "
                    + String.join(" ", consistent) + "`");
        }
        return heads;
    }

    /** The version table's rows as they are, checked against nothing. */
    private Set<String> rows() {
        try {
            return versionTable.heads(connection);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the version table " + versionTable.name(), e);
        }
    }

    /** An applied revision that does something else now than when it was applied, and what to do about it. */
    public record EditedRevision(LoadedMigration revision, String problem) {}

    /**
     * Applied revisions that do something else now than when they were applied ({@link Checksums}): one line each,
     * empty when the history is intact. Formatting, comments and imports do not count.
     */
    public List<String> editedSinceApplied() {
        return editedRevisions().stream().map(EditedRevision::problem).toList();
    }

    /** {@link #editedSinceApplied()} with the revision each line is about. */
    public List<EditedRevision> editedRevisions() {
        // one snapshot for both tables: a runner committing in between must not make a revision look unrecorded
        try (var snapshot = new Snapshot()) {
            var applied = versionTable.appliedChecksums(connection);
            var heads = heads();
            var edited = new ArrayList<EditedRevision>();
            var squashed = new java.util.HashSet<String>();
            for (String id : graph.ancestorsAndSelf(heads)) {
                LoadedMigration revision = graph.get(id);
                // applied by the squash that stands for it: the squash's record is the one to compare
                var squash = graph.squashOf(id).filter(q -> !applied.containsKey(id) && applied.containsKey(q.id()));
                if (squash.isPresent()) {
                    if (squashed.add(squash.get().id()) && !Checksums.matches(applied.get(squash.get().id()), squash.get()))
                        edited.add(new EditedRevision(squash.get(), "revision " + squash.get().describe() + " was edited after "
                                + "it was applied: revert the edit and write a new revision for the change"));
                    continue;
                }
                if (!applied.containsKey(id))
                    // a missing history (dropped, or never written) must not turn edit detection off unnoticed
                    edited.add(new EditedRevision(revision, "revision " + revision.describe() + " is applied, but "
                            + versionTable.historyName() + " has no record of it, so autogen cannot tell whether it was "
                            + "edited since: if it was not, record it with `autogen stamp " + String.join(" ", heads) + "`"));
                else if (!Checksums.matches(applied.get(id), revision))
                    edited.add(new EditedRevision(revision, "revision " + revision.describe() + " was edited after it was "
                            + "applied: revert the edit and write a new revision for the change"));
            }
            return edited;
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read " + versionTable.historyName(), e);
        }
    }

    /** Rows of an earlier checksum scheme that still match are rewritten in the current one (under the lock). */
    private void rewriteOutdatedChecksums() throws SQLException {
        var applied = versionTable.appliedChecksums(connection);
        if (applied.values().stream().noneMatch(Checksums::outdated)) return;
        try (var s = connection.createStatement()) {
            versionTable.create(s);   // an earlier autogen's history table holds too short a checksum column
            for (var row : applied.entrySet())
                if (Checksums.outdated(row.getValue()) && graph.contains(row.getKey()) && graph.get(row.getKey()).source().isPresent()
                        && Checksums.matches(row.getValue(), graph.get(row.getKey())))
                    s.execute(versionTable.rewriteChecksumSql(row.getKey(), row.getValue(), graph.get(row.getKey()).checksum()));
        }
    }

    /** {@code true}: all revisions of one upgrade or downgrade in a single transaction ({@code transaction_per=run}). */
    public Runner oneTransactionPerRun(boolean whole) {
        this.wholeRun = whole;
        return this;
    }

    /** {@code wait}: a duration ({@code 30s}, {@code 10min}) to wait for another runner's lock. */
    public Runner waitingForLock(String wait) {
        this.lockWait = wait;
        return this;
    }

    /**
     * Where the migration lock gets its own connection (to the same database): needed by {@link #upgrade},
     * {@link #downgrade} and {@link #stamp}, which take the lock.
     */
    /**
     * {@code true}: an upgrade stops before the first contract revision on its way ({@link autogen.migration.Revision#contract}),
     * which {@link #heldBack} then names; replays of the history (in the embedded database) apply everything.
     */
    public Runner holdingBackContract(boolean holdBack) {
        this.holdBackContract = holdBack;
        return this;
    }

    /** The contract revision the last upgrade stopped before, if it stopped before one. */
    public Optional<LoadedMigration> heldBack() {
        return heldBack;
    }

    /** {@code path} up to its first contract revision when those are held back. */
    private List<LoadedMigration> withoutContract(List<LoadedMigration> path) {
        heldBack = Optional.empty();
        if (!holdBackContract) return path;
        for (int i = 0; i < path.size(); i++)
            if (path.get(i).info().contract()) {
                heldBack = Optional.of(path.get(i));
                return path.subList(0, i);
            }
        return path;
    }

    public Runner lockingWith(Supplier<Connection> connections) {
        this.lockConnections = connections;
        return this;
    }

    /** Applies the revisions from the current heads up to {@code target}; returns those applied. */
    public List<LoadedMigration> upgrade(String target, int maxSteps, Consumer<LoadedMigration> progress) {
        return upgrade(target, maxSteps, MigrationCallback.afterEach(progress));
    }

    public List<LoadedMigration> upgrade(String target, int maxSteps, MigrationCallback callback) {
        return locked(() -> {
            refuseEdited();
            var path = withoutContract(graph.upgradePath(heads(), target));
            return run(path.subList(0, Math.min(maxSteps, path.size())), true, callback);
        });
    }

    /** Applies everything up to all of {@code targets} ({@code upgrade heads}). */
    public List<LoadedMigration> upgrade(java.util.Collection<String> targets, Consumer<LoadedMigration> progress) {
        return upgrade(targets, MigrationCallback.afterEach(progress));
    }

    public List<LoadedMigration> upgrade(java.util.Collection<String> targets, MigrationCallback callback) {
        return locked(() -> {
            refuseEdited();
            return run(withoutContract(graph.upgradePath(heads(), targets)), true, callback);
        });
    }

    /** An upgrade builds on what is applied: not on revisions that do something else now than when they ran. */
    private void refuseEdited() {
        var edited = editedSinceApplied();
        if (!edited.isEmpty())
            throw new MigrationException(edited.get(0) + (edited.size() > 1 ? " (and " + (edited.size() - 1) + " more: "
                    + "`autogen check` lists them all)" : ""));
    }

    /**
     * Writes {@code newHeads} into the version table without running any migration ({@code stamp}), and records the
     * checksum of each revision it declares applied that has none yet, so that later edits of them are noticed as
     * if they had been upgraded. A row naming a revision the history does not have is replaced only with
     * {@code purge}; rows that contradict each other (a revision and one of its ancestors) are what stamp repairs.
     */
    public Set<String> stamp(Set<String> newHeads, boolean purge) {
        return locked(() -> {
            Set<String> before = rows();
            for (String row : before)
                if (!graph.contains(row) && !purge)
                    throw new MigrationException("the version table holds revision " + row + ", which is not in the migration "
                            + "history: restore its migration file, or replace the row with `autogen stamp --purge "
                            + (newHeads.isEmpty() ? "base" : String.join(" ", newHeads)) + "`");
            try {
                connection.setAutoCommit(false);
                try (var s = connection.createStatement()) {
                    versionTable.create(s);
                    for (String sql : versionTable.moveSql(before, newHeads)) s.execute(sql);
                    var recorded = versionTable.appliedChecksums(connection);
                    for (String id : graph.ancestorsAndSelf(newHeads))
                        if (!recorded.containsKey(id)) s.execute(versionTable.stampSql(id, graph.get(id).checksum()));
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
        return downgrade(target, maxSteps, MigrationCallback.afterEach(progress));
    }

    public List<LoadedMigration> downgrade(String target, int maxSteps, MigrationCallback callback) {
        return locked(() -> {
            var path = graph.downgradePath(heads(), target);
            return run(path.subList(0, Math.min(maxSteps, path.size())), false, callback);
        });
    }

    /** How {@code path} runs from {@code headsBefore}: its statements and version-table moves ({@link Planner}). */
    public List<RevisionPlan> plan(List<LoadedMigration> path, boolean up, Set<String> headsBefore) {
        return planner.plan(path, up, headsBefore);
    }

    /**
     * The offline script of {@code path} from {@code headsBefore}, for psql: the same plans and transaction loops as an
     * online run ({@link Executor}), written instead of run. Needs no connection.
     */
    public String script(List<LoadedMigration> path, boolean up, Set<String> headsBefore, boolean idempotent) {
        var sink = new ScriptSink(graph, versionTable, lockTimeout, idempotent);
        new Executor(sink, MigrationCallback.NONE).run(plan(path, up, headsBefore), wholeRun, Optional.empty());
        return sink.script();
    }

    private List<LoadedMigration> run(List<LoadedMigration> steps, boolean up, MigrationCallback callback) {
        var resume = interruptedRevision(steps, up);
        if (steps.isEmpty()) {
            callback.beforeRun(List.of());
            callback.afterRun(List.of(), java.time.Duration.ZERO);
            return List.of();
        }
        try {
            rewriteOutdatedChecksums();
        } catch (SQLException e) {
            throw DatabaseException.of("cannot update " + versionTable.historyName(), e);
        }
        var sink = new JdbcSink(connection, versionTable, stepByStep, () -> lock.verifyHeld(), this::heads);
        new Executor(sink, callback).run(plan(steps, up, heads()), wholeRun, resume);
        return steps;
    }

    /**
     * A revision a killed or failed runner left half done, outside a transaction: this run resumes it when it runs
     * that revision the same way; anything else would pile new changes on top of it, so it stops and says how.
     */
    private Optional<VersionTable.Interrupted> interruptedRevision(List<LoadedMigration> steps, boolean up) {
        List<VersionTable.Interrupted> left;
        try {
            left = versionTable.interrupted(connection);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read " + versionTable.historyName(), e);
        }
        if (left.isEmpty()) return Optional.empty();
        var first = left.get(0);
        if (first.uncertain())
            throw stepByStep.uncertain(first, graph.contains(first.revision())
                    ? Optional.of(planner.plan(graph.get(first.revision()), first.up(), Set.of())) : Optional.empty());
        var resumable = steps.stream().filter(m -> m.id().equals(first.revision())).findFirst();
        if (left.size() == 1 && first.up() == up && resumable.isPresent()) {
            if (first.checksum().isPresent() && !Checksums.matches(first.checksum().get(), resumable.get()))
                throw new MigrationException("revision " + resumable.get().describe() + " was edited after it was interrupted "
                        + "with " + first.stepsDone() + " of its steps applied: restore the file as it was, so that autogen can "
                        + "resume it where it stopped");
            return Optional.of(first);
        }
        String name = graph.contains(first.revision()) ? graph.get(first.revision()).describe() : first.revision();
        throw new MigrationException("the " + (first.up() ? "upgrade" : "downgrade") + " of revision " + name
                + " was interrupted after " + first.stepsDone() + " of its steps, which run outside a transaction: finish it "
                + "first with `autogen " + (first.up() ? "upgrade " + first.revision() : "downgrade " + first.revision() + "-1")
                + "`, which resumes where it stopped");
    }

    /** A read-only repeatable-read transaction on the connection, for reads that must agree with each other. */
    private final class Snapshot implements AutoCloseable {
        private final int isolation;

        Snapshot() throws SQLException {
            isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }

        @Override
        public void close() throws SQLException {
            connection.commit();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(true);
        }
    }

    private interface Work<T> {
        T run();
    }

    /**
     * Runs {@code work} holding the migration lock ({@link MigrationLock}): a second runner waits (up to
     * {@code lock_wait}), then reads the version table afresh and applies nothing twice.
     */
    private <T> T locked(Work<T> work) {
        if (lockConnections == null) throw new IllegalStateException("a runner that migrates needs lockingWith(connections)");
        try (var held = MigrationLock.acquire(lockConnections, connection, versionTable.name(), lockWait)) {
            lock = held;
            return work.run();
        } finally {
            lock = null;
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
