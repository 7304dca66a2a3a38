package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision} tries what it would write on the embedded database first: mappings Hibernate accepts and
 * PostgreSQL rejects stop it with one line naming the entity, and nothing is written; {@code --no-trial} writes anyway.
 */
class RevisionTrialIT {

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    private long migrationFiles() throws IOException {
        Path dir = project.resolve("migrations");
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).count();
        }
    }

    @Test
    void aTypePostgresqlDoesNotKnowIsReportedWithItsAttributeAndNothingIsWritten() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.trial.mysqltype");
        for (String[] args : new String[][] {{"revision", "-m", "articles"}, {"revision", "-m", "articles", "--sql"}}) {
            var refused = run(args);
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
            assertThat(refused.err()).hasLineCount(1).startsWith("error: revision not written: PostgreSQL rejects step 1 of the upgrade "
                    + "(autogen.cli.fixtures.trial.mysqltype.Article.body): ERROR: type \"longtext\" does not exist")
                    .contains("--no-trial");
            assertThat(refused.out()).isEmpty();
            assertThat(migrationFiles()).isZero();
        }

        var anyway = run("revision", "-m", "articles", "--no-trial");
        assertThat(anyway.exitCode()).as(anyway.all()).isZero();
        assertThat(migrationFiles()).isOne();
        var upgrade = run("upgrade", "head", "--sql");
        assertThat(upgrade.out()).contains("body longtext");
    }

    @Test
    void aNameGivenTwiceIsCaughtBeforeAnySqlRuns() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.trial.collision");
        var refused = run("revision", "-m", "notes and tags");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(refused.err()).hasLineCount(1).startsWith("error: revision not written: the name uk_code is given to "
                + "a unique key of note (autogen.cli.fixtures.trial.collision.Note) and to a unique key of tag "
                + "(autogen.cli.fixtures.trial.collision.Tag)");
        assertThat(refused.progress()).noneMatch(line -> line.contains("trying the revision"));
        assertThat(migrationFiles()).isZero();
    }
}
