package autogen.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Child processes, each timed as a whole from start to exit (what a user waits for: JVM start-up included), with
 * its exit code, the peak resident memory {@code /usr/bin/time} reports and the phases the CLI's {@code --timings}
 * prints. Standard output and error go to files under {@code logs} (no pipe to drain while the clock runs); the
 * last run of each label stays there for a look afterwards.
 */
final class Runs {

    /** What the CLI prints per phase with {@code --timings}; read generically, whatever the phases are. */
    static final Pattern TIMING = Pattern.compile("^autogen: timing (\\S+) (\\d+) ms$");

    private static final Path TIME = Path.of("/usr/bin/time");

    /** One finished child process. */
    record Run(int exit, long millis, OptionalLong peakKib, Map<String, Long> phases, List<String> stderr, Path stdout) {

        boolean ok() {
            return exit == 0;
        }

        /**
         * The line saying why it failed: the CLI's (or HibernateValidate's) {@code error:} line, a Python traceback's
         * last line, else the first line of stderr that is no progress line, else stdout's first.
         */
        String why() {
            for (String line : stderr) {
                if (line.startsWith("error: ")) return line.strip();
            }
            if (stderr.stream().anyMatch(l -> l.startsWith("Traceback (most recent call last)")))
                return stderr.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElseThrow().strip();
            for (String line : stderr) {
                if (!line.isBlank() && !line.startsWith("autogen: ")) return line.strip();
            }
            try {
                return Files.readAllLines(stdout).stream().filter(l -> !l.isBlank()).findFirst().orElse("(no output)");
            } catch (IOException e) {
                return "(no output)";
            }
        }
    }

    private final Path logs;
    private final boolean measureMemory = Files.isExecutable(TIME);

    Runs(Path logs) throws IOException {
        this.logs = Files.createDirectories(logs);
    }

    boolean measuresMemory() {
        return measureMemory;
    }

    /** Runs {@code command} (with {@code env} added, {@code unset} removed) and waits for it. */
    Run run(String label, List<String> command, Map<String, String> env, List<String> unset) throws IOException {
        var argv = new ArrayList<String>();
        // %M: the maximum resident set size in KiB, printed as the last line of stderr after the child exits
        if (measureMemory) argv.addAll(List.of(TIME.toString(), "-f", "%M"));
        argv.addAll(command);
        Path out = logs.resolve(label + ".out");
        Path err = logs.resolve(label + ".err");
        var builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        unset.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + label + " ran", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        var stderr = new ArrayList<>(Files.readAllLines(err, StandardCharsets.UTF_8));
        OptionalLong peak = OptionalLong.empty();
        if (measureMemory && !stderr.isEmpty() && stderr.get(stderr.size() - 1).strip().matches("\\d+")) {
            peak = OptionalLong.of(Long.parseLong(stderr.remove(stderr.size() - 1).strip()));
            // time's own note on a failing child, just before the figure
            if (!stderr.isEmpty() && stderr.get(stderr.size() - 1).startsWith("Command exited with non-zero status"))
                stderr.remove(stderr.size() - 1);
        }
        var phases = new LinkedHashMap<String, Long>();
        for (String line : stderr) {
            var m = TIMING.matcher(line);
            if (m.matches()) phases.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
        }
        return new Run(exit, millis, peak, phases, stderr, out);
    }

    /** The smallest and the median of some figures (the mean of the middle two for an even count). */
    record Stats(long min, long median, int count) {

        static Stats of(List<Long> values) {
            if (values.isEmpty()) return new Stats(0, 0, 0);
            var sorted = values.stream().sorted().toList();
            int n = sorted.size();
            long median = n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
            return new Stats(sorted.get(0), median, n);
        }

        boolean empty() {
            return count == 0;
        }
    }
}
