package autogen.runtime;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Where the {@link Executor} sends a run: a database ({@link JdbcSink}) or an offline script ({@link ScriptSink}).
 * The executor decides the order and the transactions; a sink only carries them out.
 */
interface Sink {

    /** Before a revision, outside any transaction it is part of (a script writes its heading here). */
    void announce(RevisionPlan plan);

    void begin() throws SQLException;

    /** In the transaction, before the revision's statements (a script opens its guard, a database checks its heads). */
    void startRevision(RevisionPlan plan) throws SQLException;

    void execute(RevisionPlan plan, RevisionPlan.Statement statement) throws SQLException;

    /** In the transaction, after the revision's statements: the version-table move and the history row. */
    void finishRevision(RevisionPlan plan, long startedNanos) throws SQLException;

    void commit() throws SQLException;

    /** After a failure; never throws (a broken connection has rolled back already). */
    void rollback();

    /** A revision marked {@code transactional = false}, whole, resuming after {@code resumeAt} statements if given. */
    void outsideTransaction(RevisionPlan plan, long startedNanos, Optional<Integer> resumeAt) throws SQLException;
}
