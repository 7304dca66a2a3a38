package autogen.runtime;

import autogen.MigrationException;
import autogen.ops.ExecuteSql;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /**
     * The DDL of the revision not sent yet: sent as one JDBC batch (the driver pipelines it, a round trip per few
     * hundred statements instead of one each), before Java code or raw SQL, which may read what came before, and at
     * the end of the revision.
     */
    private final List<String> batched = new ArrayList<>();

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
        if (step instanceof RevisionPlan.Sql sql && !(sql.operation() instanceof ExecuteSql)) {
            batched.add(sql.text());
            return;
        }
        flush();
        if (step instanceof RevisionPlan.Java java) java.operation().step().run(connection);
        else statement.execute(step.text());   // raw SQL may return rows, which a batch refuses
    }

    @Override
    public void finishRevision(RevisionPlan plan, long startedNanos) throws SQLException {
        batched.addAll(plan.versionMove());
        batched.add(versionTable.logSql(plan.id(), plan.up(), plan.revision().checksum(),
                (System.nanoTime() - startedNanos) / 1_000_000));
        flush();
    }

    /** Sends the batched statements; a failure names the statement PostgreSQL refused, as one sent alone would. */
    private void flush() throws SQLException {
        if (batched.isEmpty()) return;
        var sent = List.copyOf(batched);
        batched.clear();
        if (sent.size() == 1) {
            statement.execute(sent.get(0));
            return;
        }
        for (String sql : sent) statement.addBatch(sql);
        try {
            statement.executeBatch();
        } catch (BatchUpdateException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new FailedStatement(failed(e, sent), cause);
        } finally {
            statement.clearBatch();
        }
    }

    /** pgjdbc says which entry failed only in its message ("Batch entry 3 ..."). */
    private static Optional<String> failed(BatchUpdateException e, List<String> sent) {
        Matcher m = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) return Optional.empty();
        int index = Integer.parseInt(m.group(1));
        return index < sent.size() ? Optional.of(sent.get(index)) : Optional.empty();
    }

    private static final Pattern BATCH_ENTRY = Pattern.compile("^Batch entry (\\d+) ");

    @Override
    public void commit() throws SQLException {
        try {
            flush();
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
        batched.clear();
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
