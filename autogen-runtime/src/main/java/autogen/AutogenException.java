package autogen;

/**
 * The root of every error autogen reports to a user. Its message is one line that names what is wrong and how
 * to fix it; the CLI prints just that line (the cause's stack trace only with {@code --debug}) and exits with
 * {@link #exitCode()}.
 */
public abstract class AutogenException extends RuntimeException {

    protected AutogenException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code of the CLI contract: 2 usage or configuration, 3 database or migration. */
    public abstract int exitCode();
}
