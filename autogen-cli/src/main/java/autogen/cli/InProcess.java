package autogen.cli;

import autogen.config.AutogenConfig;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One CLI command run inside another JVM's process, the Maven plugin's: the same commands, options, output and exit
 * codes as {@code autogen ARGS}, with the configuration given instead of read from autogen.properties. Nobody answers
 * questions here (a build is not a terminal), so likely renames are decided as in CI.
 */
public final class InProcess {

    public static final int OK = ExitCodes.OK;
    public static final int DRIFT = ExitCodes.DRIFT;
    public static final int USAGE = ExitCodes.USAGE;

    private InProcess() {}

    /**
     * Runs {@code args} ({@code check --format github}); {@code settings} turns the --url flag into the
     * configuration. Returns the exit code; what the command prints goes to {@code out}, progress and the one
     * error line to {@code err}.
     */
    public static int run(List<String> args, Map<String, String> environment, Function<Optional<String>, AutogenConfig> settings,
            PrintWriter out, PrintWriter err) {
        var root = new AutogenCommand(environment, new BufferedReader(new StringReader("")), false, settings);
        var cl = AutogenCommand.commandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        return AutogenCommand.execute(root, cl, args.toArray(String[]::new));
    }
}
