package autogen.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} on a subcommand ({@code @Mixin}); the global options come to each one by inheritance. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
