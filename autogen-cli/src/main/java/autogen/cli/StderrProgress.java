package autogen.cli;

import autogen.runtime.MigrationCallback;
import autogen.runtime.RevisionPlan;
import autogen.tooling.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Progress on stderr, one line per event, so that stdout carries only the result and pipes stay clean: a phase
 * when it begins ({@code autogen: starting the embedded PostgreSQL ...}) and when it ends ({@code ...: done in 1.2 s}); each
 * revision applied or undone, with its duration. {@code -q} replaces it with {@link Progress#NONE}.
 */
final class StderrProgress implements Progress {

    private final PrintWriter err;
    /** Per thread: a phase running beside another (Hibernate reading the entities while the database starts) is not nested in it. */
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public Phase start(String key, String what) {
        long started = System.nanoTime();
        line(what + " ...");
        depth.set(depth.get() + 1);
        return () -> {
            depth.set(depth.get() - 1);
            line(what + ": done in " + format(Duration.ofNanos(System.nanoTime() - started)));
        };
    }

    @Override
    public void note(String text) {
        line(text);
    }

    @Override
    public MigrationCallback revisions() {
        return new MigrationCallback() {
            @Override
            public void beforeRun(List<RevisionPlan> plans) {
                if (!plans.isEmpty()) line(plans.size() + " revision(s) to " + (plans.get(0).up() ? "apply" : "undo"));
            }

            @Override
            public void afterRevision(RevisionPlan plan, Duration took) {
                line((plan.up() ? "applied " : "undid ") + plan.id() + " " + plan.revision().info().message().replaceAll("\\s+", " ")
                        + " (" + format(took) + ")");
            }
        };
    }

    private void line(String text) {
        synchronized (err) {
            err.println("autogen: " + "  ".repeat(depth.get()) + text);
            err.flush();
        }
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
