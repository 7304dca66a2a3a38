package autogen.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The CLI as a user runs it: {@code java -jar target/autogen.jar ARGS} in a child process, with standard input closed
 * (as in CI) or closed after the given input, the given working directory and environment. Its exit code and
 * everything it printed, read until the process ends, so output that never reaches a pipe fails the test; {@link
 * #err()} leaves out the progress lines, which {@link #progress()} has. The jar is built in the package phase, so
 * these tests run in the integration-test phase (failsafe).
 */
record CliProcess(int exitCode, String out, String stderr) {

    /** How every progress line on stderr begins ({@link StderrProgress}); errors begin {@code error: }. */
    static final String PROGRESS = "autogen: ";

    static final Path JAR = Path.of("target/autogen.jar").toAbsolutePath();
    /** The JVM flags the launchers give the CLI (./autogen, bin/autogen): the JIT's first tier, the serial collector. */
    static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Runs the CLI in {@code directory}; {@code environment} adds to (or, with a null value, removes from) the inherited one. */
    static CliProcess run(Path directory, Map<String, String> environment, String... args) {
        return start(directory, environment, "", args);
    }

    static CliProcess run(Path directory, String... args) {
        return run(directory, Map.of(), args);
    }

    /** As {@link #run(Path, String...)}, with {@code input} written to its standard input, which is then closed. */
    static CliProcess runWithInput(Path directory, String input, String... args) {
        return start(directory, Map.of(), input, args);
    }

    private static CliProcess start(Path directory, Map<String, String> environment, String input, String... args) {
        if (!Files.isRegularFile(JAR))
            throw new IllegalStateException(JAR + " is missing: CLI process tests run after `mvn package` (failsafe)");
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return exec(directory, environment, input, command);
    }

    /**
     * The jar on a new pseudo-terminal ({@code script -qec COMMAND /dev/null}, util-linux), so that System.console()
     * is there, with {@code input} typed on it. Standard output and error are the terminal both, so {@link #out()}
     * has everything, its lines ending in \n as elsewhere (the terminal ends them with \r\n).
     */
    static CliProcess onATerminal(Path directory, Map<String, String> environment, String input, String... args) {
        var command = new StringBuilder(quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()))
                .append(' ').append(String.join(" ", JVM_FLAGS)).append(" -jar ").append(quote(JAR.toString()));
        for (String arg : args) command.append(' ').append(quote(arg));
        var run = exec(directory, environment, input, List.of("script", "-qec", command.toString(), "/dev/null"));
        return new CliProcess(run.exitCode(), run.out().replace("\r\n", "\n"), run.stderr());
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * Any {@code command} (the launcher, the jar under a pseudo-terminal) run as {@link #run(Path, Map, String...)}
     * runs the jar: same environment rules, {@code input} on its standard input, everything it printed.
     */
    static CliProcess exec(Path directory, Map<String, String> environment, String input, List<String> command) {
        var builder = new ProcessBuilder(command).directory(directory.toFile());
        // nothing from the developer's shell may change what the test sees
        builder.environment().keySet().removeIf(k -> k.startsWith("AUTOGEN_"));
        environment.forEach((k, v) -> {
            if (v == null) builder.environment().remove(k);
            else builder.environment().put(k, v);
        });
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            var out = drain(process.getInputStream());
            var err = drain(process.getErrorStream());
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within 5 minutes");
            }
            return new CliProcess(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                var bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Standard error without the progress lines: the error line, a stack trace, anything else printed there. */
    String err() {
        return stderr.lines().filter(line -> !line.startsWith(PROGRESS)).map(line -> line + "\n")
                .collect(java.util.stream.Collectors.joining());
    }

    /** The progress lines on standard error. */
    List<String> progress() {
        return stderr.lines().filter(line -> line.startsWith(PROGRESS)).toList();
    }

    /** Everything the user saw, progress included, for assertions that something appears nowhere. */
    String all() {
        return out + stderr;
    }
}
