package autogen.cli;

/** The exit codes of the CLI contract. */
final class ExitCodes {
    static final int OK = 0;
    static final int DRIFT = 1;
    static final int USAGE = 2;
    static final int DATABASE_OR_MIGRATION = 3;
    /** {@code check --against both}: the live database differs from the history (changed by hand). */
    static final int CHANGED = 4;
    /** {@code check --against both}: only the entities and the live database differ. */
    static final int LIVE = 5;

    private ExitCodes() {}
}
