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
 * {@code verify} through the jar: the round trip on the embedded database, with rows, that an upgrade tried only on
 * empty tables cannot show.
 */
class VerifyIT {

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    @Test
    void aHistoryThatAppliesUndoesAndMatchesTheEntitiesIsVerified() {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        assertThat(run("revision", "-m", "customers").exitCode()).isZero();
        var verified = run("verify");
        assertThat(verified.exitCode()).as(verified.all()).isZero();
        assertThat(verified.out()).isEqualTo("verified: 1 revision(s) applied one by one with a generated row in every table "
                + "after each, undone one by one with the rows in, applied again; the entities match the embedded database.\n");

        CliDatabases.configure(project, "autogen.cli.fixtures.v2");
        var drift = run("verify");
        assertThat(drift.exitCode()).as(drift.all()).isEqualTo(ExitCodes.DRIFT);
        assertThat(drift.out()).contains("the entities differ from the history:\n  + op.addColumn(\"customer\", column(\"email\"");
    }

    /** Fine on the empty table a plain replay has; refused once the table holds the row verify put in it. */
    @Test
    void aNotNullColumnWithoutAValueFailsOnTheRowsVerifyPutsIn() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        assertThat(run("revision", "-m", "customers").exitCode()).isZero();
        assertThat(run("revision", "--empty", "-m", "add code").exitCode()).isZero();
        Path blank;
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            blank = files.filter(f -> f.toString().endsWith("_AddCode.java")).findFirst().orElseThrow();
        }
        Files.writeString(blank, Files.readString(blank)
                .replace("public void upgrade(Ops op) {\n", "public void upgrade(Ops op) {\n        op.addColumn(\"customer\", "
                        + "autogen.migration.Dsl.column(\"code\", \"varchar(8)\").notNull());\n")
                .replace("public void downgrade(Ops op) {\n", "public void downgrade(Ops op) {\n        op.dropColumn(\"customer\", \"code\");\n"));
        assertThat(run("upgrade", "head").exitCode()).as("a plain dry run passes: no rows").isZero();

        var refused = run("verify");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(refused.err()).hasLineCount(1).startsWith("error: verify, with a generated row in every table: revision ")
                .contains("_AddCode) failed").contains("column \"code\" of relation \"customer\" contains null values");
    }
}
