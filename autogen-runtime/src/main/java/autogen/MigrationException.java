package autogen;

/** A migration cannot be loaded, resolved or applied. Exit code 3. */
public class MigrationException extends AutogenException {

    public MigrationException(String message) {
        super(message, null);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 3;
    }
}
