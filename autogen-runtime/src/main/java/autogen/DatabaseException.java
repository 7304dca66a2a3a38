package autogen;

import autogen.runtime.Secrets;
import java.sql.SQLException;

/** The database cannot be reached or refused a statement. Exit code 3. */
public class DatabaseException extends AutogenException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code what} says what autogen was doing ("cannot read the schema of jdbc:postgresql://…"). */
    public static DatabaseException of(String what, SQLException e) {
        return of(what, e, Secrets.NONE);
    }

    /** As {@link #of(String, SQLException)}, with {@code secrets} masked: the driver's message may quote the URL. */
    public static DatabaseException of(String what, SQLException e, Secrets secrets) {
        return new DatabaseException(secrets.mask(what + ": " + firstLine(e.getMessage())), e);
    }

    public static String firstLine(String message) {
        if (message == null) return "no message";
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    @Override
    public int exitCode() {
        return 3;
    }
}
