package autogen.cli;

import autogen.AutogenException;
import autogen.config.AutogenConfig;
import autogen.tooling.Autogen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One command on every target the configuration lists ({@code targets}), sharing one history: at most
 * {@code parallel} at once, each on its own connection and so under its own lock (the lock is per schema and version
 * table), then one line per target in the listed order and a summary. A failure on one target neither stops nor
 * touches the others ({@code on_failure=continue}); with {@code on_failure=stop}, targets not yet started are
 * skipped. The exit code is the worst: 3 (a target failed) over 2 over 1 (drift) over 0.
 */
final class Fleet {

    /** What one target's run says: its line and its exit code. */
    record Outcome(String line, int exitCode) {}

    /** The work on one target; an {@link AutogenException} becomes that target's error line and exit code. */
    interface Work {
        Outcome on(String target, Autogen autogen);
    }

    private Fleet() {}

    static int run(AutogenCommand root, AutogenConfig.Targets targets, Work work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(targets.parallel(), targets.names().size()), runnable -> {
            var thread = new Thread(runnable, "autogen-target");
            thread.setDaemon(true);
            return thread;
        });
        var failed = new AtomicBoolean();
        var outcomes = new LinkedHashMap<String, Future<Outcome>>();
        try {
            for (String name : targets.names())
                outcomes.put(name, pool.submit(() -> {
                    if (targets.stopOnFailure() && failed.get()) return new Outcome("skipped (on_failure=stop)", -1);
                    Outcome outcome;
                    try {
                        outcome = work.on(name, root.autogenFor(name));
                    } catch (AutogenException e) {
                        outcome = new Outcome("error: " + root.secrets().mask(String.valueOf(e.getMessage())), e.exitCode());
                    } catch (RuntimeException e) {
                        outcome = new Outcome("error: " + root.secrets().mask(String.valueOf(e)), ExitCodes.DATABASE_OR_MIGRATION);
                    }
                    if (outcome.exitCode() >= ExitCodes.USAGE) failed.set(true);
                    return outcome;
                }));
            return report(root, collect(outcomes));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Outcome> collect(Map<String, Future<Outcome>> futures) {
        var out = new LinkedHashMap<String, Outcome>();
        futures.forEach((name, future) -> {
            try {
                out.put(name, future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.put(name, new Outcome("error: interrupted", ExitCodes.DATABASE_OR_MIGRATION));
            } catch (java.util.concurrent.ExecutionException e) {
                out.put(name, new Outcome("error: " + e.getCause(), ExitCodes.DATABASE_OR_MIGRATION));
            }
        });
        return out;
    }

    private static int report(AutogenCommand root, Map<String, Outcome> outcomes) {
        var out = root.out();
        int ok = 0, problems = 0, failures = 0, skipped = 0, worst = ExitCodes.OK;
        for (var entry : outcomes.entrySet()) {
            Outcome o = entry.getValue();
            out.println(entry.getKey() + ": " + o.line());
            if (o.exitCode() < 0) skipped++;
            else if (o.exitCode() == ExitCodes.OK) ok++;
            else if (o.exitCode() >= ExitCodes.USAGE && o.exitCode() <= ExitCodes.DATABASE_OR_MIGRATION) failures++;
            else problems++;
            worst = worse(worst, o.exitCode());
        }
        var summary = new ArrayList<String>(List.of(ok + " ok"));
        if (problems > 0) summary.add(problems + " with problems");
        if (failures > 0) summary.add(failures + " failed");
        if (skipped > 0) summary.add(skipped + " skipped");
        out.println(outcomes.size() + " targets: " + String.join(", ", summary));
        return skipped > 0 ? worse(worst, ExitCodes.DATABASE_OR_MIGRATION) : worst;
    }

    /** 3 over 2 over the verdicts (1, 4, 5) over 0. */
    private static int worse(int a, int b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(int code) {
        return switch (code) {
            case ExitCodes.OK -> 0;
            case ExitCodes.DATABASE_OR_MIGRATION -> 3;
            case ExitCodes.USAGE -> 2;
            default -> code < 0 ? 0 : 1;
        };
    }
}
