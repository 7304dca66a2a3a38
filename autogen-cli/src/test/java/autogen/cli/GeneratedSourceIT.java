package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user types reaches a generated class as text, never as code: through the jar, as a user runs it. */
class GeneratedSourceIT {

    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path project;

    @Test
    void aMessageWithAUnicodeEscapeIsWrittenCompiledAndShownExactly() throws IOException {
        Files.writeString(project.resolve("autogen.properties"), "entities=autogen.cli.fixtures.v1\nclasspath="
                + TEST_CLASSES.toString().replace("\\", "/") + "\nmigrations.package=app.migrations\nmigrations.dir=migrations\n");
        // javac decodes Unicode escapes in comments too (\\u002a is '*'): unescaped in the Javadoc, this would end it
        String message = "x \\u002a/ y";

        var revision = CliProcess.run(project, "revision", "--empty", "-m", message);
        assertThat(revision.exitCode()).as(revision.all()).isEqualTo(ExitCodes.OK);
        var wrote = Pattern.compile("\\(revision ([0-9a-f]{12}), from base\\)").matcher(revision.out());
        assertThat(wrote.find()).as(revision.out()).isTrue();
        String id = wrote.group(1);

        var history = CliProcess.run(project, "history");
        assertThat(history.exitCode()).as(history.all()).isEqualTo(ExitCodes.OK);
        assertThat(history.out()).isEqualTo("<base> -> " + id + " (head), " + message + "\n");

        var script = CliProcess.run(project, "upgrade", "head", "--sql");
        assertThat(script.exitCode()).as(script.all()).isEqualTo(ExitCodes.OK);
        assertThat(script.out()).contains("\n-- upgrade " + id + ": " + message + "\n");
    }
}
