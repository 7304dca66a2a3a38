package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision --sql}: the class and the SQL revision would write, on stdout, and nothing written. */
class RevisionSqlIT {

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    private long migrationFiles() throws IOException {
        Path dir = project.resolve("migrations");
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void printsTheClassAndItsSqlAndWritesNothing() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        var preview = run("revision", "-m", "create customers", "--sql");
        assertThat(preview.exitCode()).as(preview.all()).isZero();
        assertThat(preview.out()).startsWith("// revision ").contains("(--sql: nothing written)\npackage app.migrations;")
                .contains("message = \"create customers\"").contains("public final class V")
                .contains("\n-- upgrade\nCREATE TABLE customer (").contains("\n-- downgrade\nDROP TABLE customer;");
        assertThat(migrationFiles()).as("no class, no index").isZero();

        var together = run("revision", "-m", "x", "--sql", "--baseline");
        assertThat(together.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(together.err()).startsWith("error: --sql does not go with --baseline").hasLineCount(1);

        assertThat(run("revision", "-m", "create customers").exitCode()).isZero();
        long written = migrationFiles();
        var nothing = run("revision", "-m", "again", "--sql");
        assertThat(nothing.exitCode()).as(nothing.all()).isZero();
        assertThat(nothing.out()).startsWith("No changes detected");
        assertThat(migrationFiles()).isEqualTo(written);
    }
}
