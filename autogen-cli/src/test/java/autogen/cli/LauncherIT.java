package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./autogen launcher as a user runs it, with bash: through symlinks on PATH, from any working directory; and the
 * check that decides whether it rebuilds the jar, run on a made-up project (a test never starts Maven).
 */
class LauncherIT {

    /** Failsafe runs in autogen-cli; the launcher is at the top of the project. */
    private static final Path LAUNCHER = Path.of("../autogen").toAbsolutePath().normalize();
    private static final Path HOME = LAUNCHER.getParent();

    @TempDir
    Path directory;

    private static CliProcess bash(Path workingDirectory, Map<String, String> environment, String... args) {
        var command = new java.util.ArrayList<>(List.of("bash"));
        command.addAll(List.of(args));
        return CliProcess.exec(workingDirectory, environment, "", command);
    }

    /** What the launcher's staleness check prints for the project {@code home} and its {@code jar}: empty when fresh. */
    private CliProcess staleSource(Path home, Path jar) {
        return bash(directory, Map.of(), "-c", "source \"$1\" && autogen_stale_source \"$2\" \"$3\"", "check",
                LAUNCHER.toString(), home.toString(), jar.toString());
    }

    @Test
    void runsTheJarThroughSymlinksOnPathFromAnyWorkingDirectory() throws IOException {
        // so that the launcher runs the jar the package phase built, and never Maven
        var fresh = staleSource(HOME, CliProcess.JAR);
        assertThat(fresh.exitCode()).as(fresh.stderr()).isZero();
        assertThat(fresh.out()).as("a source changed after target/autogen.jar was built: run `mvn package` again").isEmpty();

        // bin/autogen -> ../links/autogen (relative) -> the launcher (absolute)
        Path links = Files.createDirectories(directory.resolve("links"));
        Files.createSymbolicLink(links.resolve("autogen"), LAUNCHER);
        Path bin = Files.createDirectories(directory.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("autogen"), Path.of("../links/autogen"));
        Path elsewhere = Files.createDirectories(directory.resolve("elsewhere"));
        var environment = Map.of("PATH", bin + ":" + System.getenv("PATH"), "JAVA_HOME", System.getProperty("java.home"));
        String version = "autogen " + System.getProperty("autogen.version") + "\nJava " + Runtime.version() + " (";

        for (var args : List.of(List.of(bin.resolve("autogen").toString(), "--version"),   // bash SYMLINK
                List.of("autogen", "--version"),                                           // bash finds it on PATH
                List.of("-c", "autogen --version"))) {                                     // run by name, as from a shell
            var run = bash(elsewhere, environment, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(args + ": " + run.stderr()).isZero();
            assertThat(run.out()).as(String.valueOf(args)).startsWith(version);
            assertThat(run.stderr()).as(args + ": no build").isEmpty();
        }
        Files.delete(links.resolve("autogen"));   // before JUnit's clean-up, which warns about a link leaving the folder
    }

    @Test
    void theJarIsRebuiltOnlyWhenMissingOrOlderThanASourceItIsBuiltFrom() throws IOException {
        Path home = Files.createDirectories(directory.resolve("project"));
        var sources = List.of("pom.xml", "autogen-runtime/pom.xml", "embedded-postgres/pom.xml", "autogen-core/pom.xml",
                "autogen-cli/pom.xml", "autogen-runtime/src/main/java/autogen/runtime/Runner.java",
                "autogen-core/src/main/java/autogen/tooling/Autogen.java", "autogen-cli/src/main/java/autogen/cli/AutogenCommand.java",
                "autogen-cli/src/main/resources/autogen-version.properties", "templates/migration-header.txt");
        Path sampleApp = home.resolve("sample-app/src/main/java/shop/migrations/V1.java");
        for (String source : sources) write(home.resolve(source));
        write(sampleApp);
        Path jar = write(home.resolve("autogen-cli/target/autogen.jar"));
        Instant now = Instant.now();
        Files.setLastModifiedTime(jar, FileTime.from(now.plus(1, ChronoUnit.HOURS)));
        assertThat(staleSource(home, jar).out()).as("the jar is newest").isEmpty();

        // a migration written into sample-app is no source of the jar
        Files.setLastModifiedTime(sampleApp, FileTime.from(now.plus(2, ChronoUnit.HOURS)));
        assertThat(staleSource(home, jar).out()).isEmpty();

        for (String source : sources) {
            Path file = home.resolve(source);
            Files.setLastModifiedTime(file, FileTime.from(now.plus(2, ChronoUnit.HOURS)));
            assertThat(staleSource(home, jar).out()).as(source).isEqualTo(file + "\n");
            Files.setLastModifiedTime(file, FileTime.from(now));
        }
        Files.delete(jar);
        assertThat(staleSource(home, jar).out()).isEqualTo("missing\n");
    }

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
