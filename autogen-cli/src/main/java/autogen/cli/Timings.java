package autogen.cli;

import autogen.runtime.MigrationCallback;
import autogen.tooling.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --timings}: how long each phase of a command took, added up per key, printed on stderr when the command ends
 * as {@code autogen: timing KEY MILLIS ms} (a line each, in the order the phases first began), after {@code jvm} (from
 * the process start to the CLI's first line of code) and before {@code total} (process start to the end). One format
 * for people and for the benchmark that reads it.
 */
final class Timings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long mainStarted = System.nanoTime();
    /** The process start as the operating system tells it; empty where it does not (then jvm and total are from main). */
    private final Optional<Instant> processStarted = ProcessHandle.current().info().startInstant();
    private final Instant mainStartedAt = Instant.now();

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
        long beforeMain = processStarted.map(p -> Duration.between(p, mainStartedAt).toNanos()).filter(n -> n >= 0).orElse(0L);
        line(err, "jvm", beforeMain);
        nanos.forEach((key, n) -> line(err, key, n));
        line(err, "total", beforeMain + System.nanoTime() - mainStarted);
        err.flush();
    }

    private static void line(PrintWriter err, String key, long nanos) {
        err.println("autogen: timing " + key + " " + Duration.ofNanos(nanos).toMillis() + " ms");
    }
}
