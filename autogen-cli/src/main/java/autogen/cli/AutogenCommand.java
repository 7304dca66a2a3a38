package autogen.cli;

import autogen.AutogenException;
import autogen.cache.Cache;
import autogen.tooling.Autogen;
import autogen.tooling.Progress;
import autogen.config.AutogenConfig;
import autogen.runtime.Secrets;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code autogen [-C DIR] [--config FILE] [--url JDBC] [--debug] [-q] COMMAND}: the global options and the verbs. The
 * global options are inherited by every subcommand, so they may come after it too ({@code autogen check --url ...});
 * wherever they are given, their values land in this object's fields, which {@link #config()} and {@link #secrets()}
 * read.
 */
@Command(name = "autogen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reviewable schema migrations for Hibernate/JPA on PostgreSQL.",
        subcommands = {InitCommand.class, RevisionCommand.class, UpgradeCommand.class, DowngradeCommand.class,
                CurrentCommand.class, HistoryCommand.class, ShowCommand.class, HeadsCommand.class, MergeCommand.class, SquashCommand.class,
                StampCommand.class, CheckCommand.class, VerifyCommand.class, LintCommand.class, IndexCommand.class, CompletionCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:check found drift (or the database is behind, an applied revision was edited, the "
                + "history has several heads, or the index is stale), or lint an unacknowledged destructive step",
                "2:usage or configuration error", "3:database or migration error, an unknown or ambiguous revision among them",
                "4:check --against both: the live database differs from the history (changed by hand)",
                "5:check --against both: only the entities and the live database differ"},
        footerHeading = "%nExample:%n",
        footer = {"  autogen -C sample-app revision -m \"add orders\"", "",
                "`autogen help COMMAND` or `autogen COMMAND --help` describes a command."})
public final class AutogenCommand implements Runnable {

    /** What upgrade and downgrade say when no url is configured. */
    static final String DRY_RUN = "(no url configured: this ran on a throwaway embedded database, proving the history "
            + "applies; set url in autogen.properties or AUTOGEN_URL to migrate a real database)";

    @Spec
    CommandSpec spec;

    @Option(names = "-C", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Work as if started in DIR: read DIR/autogen.properties (default: the working directory).")
    Path directory;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read the configuration from FILE, whose relative paths are relative to its folder "
                    + "(default: autogen.properties in DIR).")
    Path configFile;

    @Option(names = "--url", paramLabel = "JDBC", scope = ScopeType.INHERIT,
            description = "The database URL, jdbc:postgresql://host:port/db, overriding url in autogen.properties and "
                    + "AUTOGEN_URL (default: those; with none, the embedded database).")
    String url;

    @Option(names = "--target", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Work on target NAME alone: the file's settings with its target.NAME.* keys over them (a "
                    + "database, a schema, or a history of its own). Without it, upgrade, current and check run on every "
                    + "target the file lists in targets (default: the file's settings as they are).")
    String target;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print an error's stack trace before its one line, passwords masked (default: off).")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print no progress on stderr (starting the embedded database, compiling, each revision applied, "
                    + "comparing); results and errors still appear (default: progress on).")
    boolean quiet;

    @Option(names = "--timings", scope = ScopeType.INHERIT,
            description = "When the command ends, print on stderr how long each phase took, a line each: "
                    + "`autogen: timing PHASE MILLIS ms` (jvm, compile, entities, db-start, replay, read, compare, db-stop, "
                    + "..., total); with -q too (default: off).")
    boolean timings;

    /** Started with the command, so that its phases are measured from the first line of the CLI's code. */
    private final Timings phaseTimes = new Timings();

    private final Map<String, String> environment;
    private final BufferedReader input;
    private final boolean terminal;
    /** Reads the configuration, given the --url flag; null: autogen.properties, as -C and --config name it. */
    private final Function<Optional<String>, AutogenConfig> settings;
    /** The configuration once read, for {@link #secrets()}. */
    private AutogenConfig loaded;

    public AutogenCommand() {
        this(System.getenv(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.console() != null);
    }

    /** {@code terminal}: whether a person can answer questions on {@code input} (then renames are asked about). */
    AutogenCommand(Map<String, String> environment, BufferedReader input, boolean terminal) {
        this(environment, input, terminal, null);
    }

    /** {@code settings}: the configuration from elsewhere than a file (the Maven plugin's), given the --url flag. */
    AutogenCommand(Map<String, String> environment, BufferedReader input, boolean terminal,
            Function<Optional<String>, AutogenConfig> settings) {
        this.environment = environment;
        this.input = input;
        this.terminal = terminal;
        this.settings = settings;
    }

    /** An environment variable, or the empty string when it is not set. */
    String environment(String name) {
        return environment.getOrDefault(name, "");
    }

    BufferedReader input() {
        return input;
    }

    boolean terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    Path workingDirectory() {
        return directory == null ? Path.of("") : directory;
    }

    AutogenConfig config() {
        return config(target);
    }

    private Path file() {
        return configFile != null ? configFile : workingDirectory().resolve(AutogenConfig.FILE_NAME);
    }

    /** The configuration of {@code name} (null: the file's settings as they are, or --target's). */
    private AutogenConfig config(String name) {
        AutogenConfig config = settings != null ? settings.apply(Optional.ofNullable(url))
                : name != null ? AutogenConfig.load(file(), environment, Optional.ofNullable(url), name)
                : AutogenConfig.load(file(), environment, Optional.ofNullable(url));
        synchronized (this) {
            loaded = config;
            targetSecrets = targetSecrets.with(config.secrets());
        }
        return config;
    }

    /** The passwords of every target read so far: an error of one names none of the others'. */
    private Secrets targetSecrets = Secrets.NONE;

    /**
     * The targets {@code upgrade}, {@code current} and {@code check} run on together: those the file lists, unless
     * --target picks one (or the plugin gives the settings); empty: one run, as without targets.
     */
    AutogenConfig.Targets targets() {
        if (target != null || settings != null || !java.nio.file.Files.isRegularFile(file()))
            return new AutogenConfig.Targets(java.util.List.of(), 1, false);
        return AutogenConfig.Targets.of(AutogenConfig.read(file()), file().getFileName().toString());
    }

    /** Autogen on target {@code name}, printing no progress: the lines of several targets would interleave. */
    Autogen autogenFor(String name) {
        return new Autogen(config(name)).withCache(Cache.fromEnvironment(environment));
    }

    /**
     * What no error may print: AUTOGEN_PASSWORD, the passwords in AUTOGEN_URL and --url (known even when the file
     * cannot be read), and once it is read, the configuration's password.
     */
    Secrets secrets() {
        Secrets known = Secrets.NONE.withValue(environment.get("AUTOGEN_PASSWORD")).withUrl(environment.get("AUTOGEN_URL"))
                .withUrl(url);
        synchronized (this) {
            return (loaded == null ? known : known.with(loaded.secrets())).with(targetSecrets);
        }
    }

    /** Autogen on the configuration, reporting its progress on stderr unless {@code -q}. */
    Autogen autogen() {
        var autogen = new Autogen(config()).withCache(Cache.fromEnvironment(environment));
        Progress shown = quiet ? Progress.NONE : new StderrProgress(spec.commandLine().getErr());
        return autogen.withProgress(timings ? phaseTimes.around(shown) : shown);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Held so the level sticks (java.util.logging keeps loggers weakly). The PostgreSQL driver logs warnings to the
     * console (a port out of range, for one); the CLI prints only its own lines, whose errors say the same.
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.postgresql");

    public static void main(String[] args) {
        var root = new AutogenCommand();
        CommandLine cl = commandLine(root);
        // print() does not flush, and System.exit does not either: execute flushes, or piped output is cut at the buffer
        System.exit(execute(root, cl, args));
    }

    /** Runs {@code args}, every failure reported as one line; flushes both streams, returns the exit code. */
    static int execute(AutogenCommand root, CommandLine cl, String[] args) {
        DRIVER_LOG.setLevel(Level.OFF);
        try {
            return cl.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; the JVM would print an Error's stack trace unmasked
            return report(root, e, cl.getErr());
        } finally {
            if (root.timings) root.phaseTimes.print(cl.getErr());
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    static CommandLine commandLine(AutogenCommand root) {
        var cl = new CommandLine(root);
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> report(root, e, commandLine.getErr()));
        // picocli quotes the arguments it cannot match, a mistyped --url=... among them
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(root.secrets().mask("error: " + e.getMessage() + " (see `"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`)"));
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /**
     * Prints a failure as one line (after its stack trace with --debug) and returns the exit code. Everything goes
     * through the run's secrets: messages quote URLs, and the driver's messages quote them too.
     */
    private static int report(AutogenCommand root, Throwable e, PrintWriter err) {
        Secrets secrets = root.secrets();
        if (root.debug) err.print(secrets.stackTrace(e));
        if (e instanceof AutogenException a) {
            err.println(secrets.mask("error: " + a.getMessage()));
            return a.exitCode();
        }
        err.println(secrets.mask("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root.debug ? "" : " (run with --debug for details)")));
        return ExitCodes.DATABASE_OR_MIGRATION;
    }
}
