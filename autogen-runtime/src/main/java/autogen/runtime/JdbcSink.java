package autogen.runtime;

import autogen.MigrationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Runs plans on a connection: the online side of the {@link Executor}. */
final class JdbcSink implements Sink {

    private final Connection connection;
    private final VersionTable versionTable;
    private final StepByStep stepByStep;
    /** Checked before each revision: the lock is still held, and the version table's heads as read now. */
    private final Runnable beforeEachRevision;
    private final Supplier<Set<String>> heads;
    private java.sql.Statement statement;

    JdbcSink(Connection connection, VersionTable versionTable, StepByStep stepByStep, Runnable beforeEachRevision,
            Supplier<Set<String>> heads) {
        this.connection = connection;
        this.versionTable = versionTable;
        this.stepByStep = stepByStep;
        this.beforeEachRevision = beforeEachRevision;
        this.heads = heads;
    }

    @Override
    public void announce(RevisionPlan plan) {
        beforeEachRevision.run();
    }

    @Override
    public void begin() throws SQLException {
        connection.setAutoCommit(false);
        statement = connection.createStatement();
        versionTable.create(statement);
    }

    /** The plan was made from the heads read under the lock; nothing may have moved them since. */
    @Override
    public void startRevision(RevisionPlan plan) {
        Set<String> now = heads.get();
        if (!now.equals(plan.headsBefore()))
            throw new MigrationException("the version table " + versionTable.name() + " moved during the run (it lists "
                    + now + ", where " + plan.headsBefore() + " were expected before revision " + plan.revision().describe()
                    + "): something changed it without autogen's lock; run autogen again");
    }

    @Override
    public void execute(RevisionPlan plan, RevisionPlan.Statement step) throws SQLException {
        if (step instanceof RevisionPlan.Java java) java.operation().step().run(connection);
        else statement.execute(step.text());
    }

    @Override
    public void finishRevision(RevisionPlan plan, long startedNanos) throws SQLException {
        for (String sql : plan.versionMove()) statement.execute(sql);
        statement.execute(versionTable.logSql(plan.id(), plan.up(), plan.revision().checksum(),
                (System.nanoTime() - startedNanos) / 1_000_000));
    }

    @Override
    public void commit() throws SQLException {
        try {
            connection.commit();
        } finally {
            close();
        }
    }

    @Override
    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; PostgreSQL rolls the transaction back when it goes away
        }
        close();
    }

    private void close() {
        try {
            if (statement != null) statement.close();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // as above
        }
        statement = null;
    }

    @Override
    public void outsideTransaction(RevisionPlan plan, long startedNanos, Optional<Integer> resumeAt) {
        stepByStep.run(plan, startedNanos, resumeAt);
    }
}
