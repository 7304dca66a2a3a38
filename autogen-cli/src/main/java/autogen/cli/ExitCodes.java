package autogen.cli;

/** The exit codes of the CLI contract. */
final class ExitCodes {
    static final int OK = 0;
    static final int DRIFT = 1;
    static final int USAGE = 2;
    static final int DATABASE_OR_MIGRATION = 3;

    private ExitCodes() {}
}
