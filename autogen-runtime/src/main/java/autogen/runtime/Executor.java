package autogen.runtime;

import autogen.AutogenException;
import autogen.DatabaseException;
import autogen.MigrationException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Executes planned revisions into a {@link Sink}, one loop per transaction mode: each revision in its own
 * transaction with its version-table move; the whole run in one ({@code transaction_per=run}); and a revision marked
 * {@code transactional = false} statement by statement. Online runs and offline scripts go through the same loops,
 * so a script does exactly what {@code upgrade} does.
 */
final class Executor {

    private final Sink sink;
    private final MigrationCallback callback;

    Executor(Sink sink, MigrationCallback callback) {
        this.sink = sink;
        this.callback = callback;
    }

    /** {@code resume}: how many statements of the first revision (outside a transaction) an interrupted run did. */
    List<RevisionPlan> run(List<RevisionPlan> plans, boolean wholeRun, Optional<VersionTable.Interrupted> resume) {
        long runStarted = System.nanoTime();
        callback.beforeRun(plans);
        if (wholeRun && plans.size() > 1) asOneTransaction(plans);
        else
            for (RevisionPlan plan : plans) {
                long started = System.nanoTime();
                callback.beforeRevision(plan);
                if (plan.transactional()) inTransaction(plan, started);
                else outsideTransaction(plan, started,
                        resume.filter(r -> r.revision().equals(plan.id())).map(VersionTable.Interrupted::stepsDone));
                callback.afterRevision(plan, Duration.ofNanos(System.nanoTime() - started));
            }
        callback.afterRun(plans, Duration.ofNanos(System.nanoTime() - runStarted));
        return plans;
    }

    /** Where a revision's statements have got to, for the error message when one fails. */
    private static final class Cursor {
        String statement;
    }

    /** A revision's statements and version-table move, in the transaction the caller opened. */
    private void revision(RevisionPlan plan, long started, Cursor at) throws SQLException {
        sink.startRevision(plan);
        for (RevisionPlan.Statement statement : plan.statements()) {
            at.statement = statement.text();
            sink.execute(plan, statement);
        }
        at.statement = null;
        sink.finishRevision(plan, started);
    }

    private void inTransaction(RevisionPlan plan, long started) {
        var at = new Cursor();
        sink.announce(plan);
        try {
            sink.begin();
            revision(plan, started, at);
            sink.commit();
        } catch (SQLException e) {
            sink.rollback();
            String statement = FailedStatement.statement(e, at.statement);
            throw new MigrationException("revision " + plan.revision().describe() + " failed, nothing of it was applied: "
                    + DatabaseException.of(statement == null ? "" : "at `" + statement + "`", e).getMessage(), e);
        } catch (RuntimeException e) {
            sink.rollback();
            throw failedInCode(plan, at.statement, e, "nothing of it was applied");
        }
    }

    private void asOneTransaction(List<RevisionPlan> plans) {
        for (RevisionPlan plan : plans)
            if (!plan.transactional())
                throw new MigrationException("revision " + plan.revision().describe() + " runs outside a transaction, so it "
                        + "cannot be part of one transaction for the whole run: apply it alone (upgrade " + plan.id()
                        + ") or set transaction_per=revision");
        RevisionPlan current = null;
        var at = new Cursor();
        String undone = "the run was one transaction (transaction_per=run), so none of its " + plans.size()
                + " revisions was applied";
        try {
            sink.begin();
            for (RevisionPlan plan : plans) {
                current = plan;
                long started = System.nanoTime();
                callback.beforeRevision(plan);
                sink.announce(plan);
                revision(plan, started, at);
                callback.afterRevision(plan, Duration.ofNanos(System.nanoTime() - started));
            }
            sink.commit();
        } catch (SQLException e) {
            sink.rollback();
            String statement = FailedStatement.statement(e, at.statement);
            throw new MigrationException("revision " + (current == null ? "?" : current.revision().describe()) + " failed"
                    + (statement == null ? "" : " at `" + statement + "`") + ": " + DatabaseException.firstLine(e.getMessage())
                    + "; " + undone, e);
        } catch (RuntimeException e) {
            sink.rollback();
            if (current == null) throw e;
            throw failedInCode(current, at.statement, e, undone);
        }
    }

    private void outsideTransaction(RevisionPlan plan, long started, Optional<Integer> resumeAt) {
        sink.announce(plan);
        try {
            sink.outsideTransaction(plan, started, resumeAt);
        } catch (SQLException e) {
            throw DatabaseException.of("revision " + plan.revision().describe() + " failed", e);
        }
    }

    /** Java code or a callback that threw: autogen's own errors pass as they are, others name the revision. */
    private static RuntimeException failedInCode(RevisionPlan plan, String statement, RuntimeException e, String undone) {
        if (e instanceof AutogenException) return e;
        return new MigrationException("revision " + plan.revision().describe() + " failed"
                + (statement == null ? "" : " at `" + statement + "`") + ": " + e + "; " + undone, e);
    }
}
