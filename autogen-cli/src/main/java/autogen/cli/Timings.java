package autogen.cli;

import autogen.runtime.MigrationCallback;
import autogen.tooling.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --timings}: how long each phase of a command took, added up per key, printed on stderr when the command ends
 * as {@code autogen: timing KEY MILLIS ms} (a line each, in the order the phases first began), after {@code jvm} (from
 * the process start to the CLI's first line of code) and before {@code total} (process start to the end). One format
 * for people and for the benchmark that reads it.
 */
final class Timings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long mainStarted = System.nanoTime();
    /** How long the process had run when the CLI's code began; 0 where the system does not say. */
    private final long beforeMain = sinceProcessStart();

    /** {@code shown}, with every phase timed as well. */
    Progress around(Progress shown) {
        return new Progress() {
            @Override
            public Progress.Phase start(String key, String what) {
                return timed(key, shown.start(key, what));
            }

            @Override
            public Progress.Phase time(String key) {
                return timed(key, shown.time(key));
            }

            @Override
            public void note(String text) {
                shown.note(text);
            }

            @Override
            public MigrationCallback revisions() {
                return shown.revisions();
            }
        };
    }

    private Progress.Phase timed(String key, Progress.Phase inner) {
        long started = System.nanoTime();
        return () -> {
            inner.close();
            add(key, System.nanoTime() - started);
        };
    }

    private synchronized void add(String key, long duration) {
        nanos.merge(key, duration, Long::sum);
    }

    synchronized void print(PrintWriter err) {
        line(err, "jvm", beforeMain);
        nanos.forEach((key, n) -> line(err, key, n));
        line(err, "total", beforeMain + System.nanoTime() - mainStarted);
        err.flush();
    }

    /**
     * Linux: the system's uptime less the process's start time since boot, both in /proc at a hundredth of a second
     * (ProcessHandle's start instant is only to the second). Elsewhere 0: jvm is not measured there.
     */
    private static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startedSeconds = Long.parseLong(fields[19]) / 100.0;   // starttime, in clock ticks (USER_HZ, 100)
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.max(0, (long) ((uptimeSeconds - startedSeconds) * 1e9));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void line(PrintWriter err, String key, long nanos) {
        err.println("autogen: timing " + key + " " + Duration.ofNanos(nanos).toMillis() + " ms");
    }
}
