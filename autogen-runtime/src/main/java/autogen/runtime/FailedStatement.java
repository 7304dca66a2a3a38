package autogen.runtime;

import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL's refusal of one statement among several sent at once (a batch): its message and state, with the
 * statement it refused when the driver said which, so errors quote the statement as when it was sent alone.
 */
final class FailedStatement extends SQLException {

    private final transient Optional<String> statement;

    FailedStatement(Optional<String> statement, SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.statement = statement;
    }

    /** The statement that failed, else {@code fallback} (the last one handed to the sink). */
    static String statement(SQLException e, String fallback) {
        return e instanceof FailedStatement f && f.statement.isPresent() ? f.statement.get() : fallback;
    }
}
