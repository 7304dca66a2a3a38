package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision.hook}: a project's class rewrites the steps before the revision is written. */
class RevisionHookIT {

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    @Test
    void theHookRewritesTheStepsAndABadOneIsOneLine() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1", "revision.hook=autogen.cli.fixtures.hook.CommentEveryNewTable");
        var written = run("revision", "-m", "customers");
        assertThat(written.exitCode()).as(written.all()).isZero();
        String source;
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            source = Files.readString(files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow());
        }
        assertThat(source).contains("op.createTable(\"customer\"").contains("op.setTableComment(\"customer\", \"created by a revision\")")
                .contains("op.dropTableComment(\"customer\")");

        CliDatabases.configure(project, "autogen.cli.fixtures.v2", "revision.hook=autogen.cli.fixtures.hook.Missing");
        var missing = run("revision", "-m", "emails");
        assertThat(missing.exitCode()).as(missing.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).hasLineCount(1).startsWith("error: revision.hook names autogen.cli.fixtures.hook.Missing, "
                + "which is not on the class path");
    }
}
