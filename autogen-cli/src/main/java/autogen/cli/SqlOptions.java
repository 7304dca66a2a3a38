package autogen.cli;

import picocli.CommandLine.Option;

/** The offline options upgrade and downgrade share. */
final class SqlOptions {

    @Option(names = "--sql", description = "Print the SQL instead of running it (FROM:TO, or from base up to TARGET), "
            + "without connecting (default: off).")
    boolean sql;

    @Option(names = "--idempotent", description = "With --sql: guard each revision with a check of the version table, "
            + "so the script can run twice safely (default: off).")
    boolean idempotent;
}
