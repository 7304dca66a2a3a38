package autogen.runtime;

import autogen.DatabaseException;
import autogen.MigrationException;
import autogen.ops.CreateIndex;
import autogen.ops.DropIndex;
import autogen.revision.LoadedMigration;
import autogen.sql.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Runs a revision marked {@code transactional = false} one statement at a time, recording its progress in the
 * history table so that a run killed or failed half way is resumed where it stopped ({@link Runner} decides when).
 */
final class StepByStep {

    private final Connection connection;
    private final VersionTable versionTable;
    private final Optional<String> lockTimeout;

    StepByStep(Connection connection, VersionTable versionTable, Optional<String> lockTimeout) {
        this.connection = connection;
        this.versionTable = versionTable;
        this.lockTimeout = lockTimeout;
    }

    /**
     * A revision marked {@code transactional = false}: each statement commits on its own, and its progress is
     * recorded in the history table as it goes (a statement that can run in a transaction commits together with its
     * progress; a concurrent index build is checked in the catalog), so that a runner killed or failed half way is
     * resumed after the last committed statement, an INVALID index left by a broken build dropped and built again.
     * The version table moves after the last statement, with the revision marked done, in one transaction.
     */
    void run(RevisionPlan plan, long started, Optional<Integer> resumeAt) {
        LoadedMigration step = plan.revision();
        boolean up = plan.up();
        var statements = plan.statements();
        int next = resumeAt.orElse(0);
        try (var s = connection.createStatement()) {
            connection.setAutoCommit(true);
            versionTable.create(s);
            if (resumeAt.isEmpty()) s.execute(versionTable.startSql(step.id(), up, step.checksum()));
            if (lockTimeout.isPresent()) s.execute("SET lock_timeout = " + Identifiers.literal(lockTimeout.get()));
            for (; next < statements.size(); next++) {
                RevisionPlan.Statement planned = statements.get(next);
                if (planned instanceof RevisionPlan.Sql sql && sql.concurrentIndex()) {
                    if (next == resumeAt.orElse(-1) && alreadyDone(s, sql)) continue;
                    s.execute(sql.text());
                    s.execute(versionTable.progressSql(step.id(), up, next + 1));
                } else {
                    runWithProgress(s, step, up, planned, next);
                }
            }
            connection.setAutoCommit(false);
            for (String sql : plan.versionMove()) s.execute(sql);
            s.execute(versionTable.finishSql(step.id(), up, (System.nanoTime() - started) / 1_000_000));
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; PostgreSQL rolls the transaction back when it goes away
            }
            boolean inStep = next < statements.size();
            String where = inStep ? " at step " + (next + 1) + " of " + statements.size() + " (`" + statements.get(next).text() + "`)"
                    : " while recording it in the version table";
            String leftover = inStep && statements.get(next).operation() instanceof CreateIndex
                    ? " (the INVALID index the failed build leaves is dropped and built again then)" : "";
            throw new MigrationException("revision " + step.describe() + " failed outside a transaction" + where + ": "
                    + DatabaseException.firstLine(e.getMessage()) + "; the " + next + " step(s) before it stay applied and "
                    + "are recorded: fix the cause and run autogen again to resume at this step" + leftover, e);
        } finally {
            resetLockTimeout();
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // as above
            }
        }
    }

    /**
     * A statement that can run in a transaction commits with its progress, exactly once. One that cannot (raw SQL
     * such as VACUUM) runs on its own, marked uncertain while it runs: if the runner dies then, nobody can tell
     * whether it took effect, and the next run says so rather than guess.
     */
    private void runWithProgress(java.sql.Statement s, LoadedMigration step, boolean up, RevisionPlan.Statement planned, int index)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (planned instanceof RevisionPlan.Java java) java.operation().step().run(connection);
            else s.execute(planned.text());
            s.execute(versionTable.progressSql(step.id(), up, index + 1));
            connection.commit();
            return;
        } catch (SQLException e) {
            connection.rollback();
            if (!"25001".equals(e.getSQLState())) throw e;   // active_sql_transaction: it must run on its own
        } finally {
            connection.setAutoCommit(true);
        }
        s.execute(versionTable.uncertainSql(step.id(), up));
        s.execute(planned.text());
        s.execute(versionTable.progressSql(step.id(), up, index + 1));
    }

    /**
     * Whether a concurrent index statement that a killed runner may have run took effect: a valid index is there
     * (or a dropped one gone). An INVALID index, what a broken build leaves, is dropped so the build runs again.
     */
    private boolean alreadyDone(java.sql.Statement s, RevisionPlan.Sql planned) throws SQLException {
        String table = planned.operation() instanceof CreateIndex c ? c.table() : ((DropIndex) planned.operation()).table();
        String name = planned.operation() instanceof CreateIndex c ? c.index().name() : ((DropIndex) planned.operation()).name();
        String index = Identifiers.schemaPrefix(table) + Identifiers.quote(name);
        Optional<Boolean> valid;
        try (var check = connection.prepareStatement("SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass(?)")) {
            check.setString(1, index);
            try (var rs = check.executeQuery()) {
                valid = rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
            }
        }
        if (planned.operation() instanceof DropIndex) return valid.isEmpty();
        if (valid.orElse(false)) return true;
        if (valid.isPresent()) s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
        return false;
    }

    private void resetLockTimeout() {
        if (lockTimeout.isEmpty()) return;
        try (var s = connection.createStatement()) {
            s.execute("RESET lock_timeout");
        } catch (SQLException ignored) {
            // a broken connection takes its settings with it
        }
    }

    /** What to say of a revision interrupted inside a statement whose effect nobody can know ({@code uncertain}). */
    MigrationException uncertain(VersionTable.Interrupted left, Optional<RevisionPlan> revision) {
        int step = left.stepsDone() + 1;
        String statement = revision.map(r -> r.statements().get(left.stepsDone()).text()).orElse("(its file is gone)");
        return new MigrationException("revision " + left.revision() + " was interrupted while running step " + step + " (`"
                + statement + "`) outside a transaction, and autogen cannot tell whether it took effect: if it did not, "
                + "run it by hand; then record it with `" + versionTable.progressSql(left.revision(), left.up(), step)
                + "` and run autogen again");
    }
}
