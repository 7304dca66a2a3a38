package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reported defect, as a user hits it with the real jar: a narrowed column used to be written
 * {@code USING body::varchar(64)}, which cut every long value and exited 0. Now the upgrade fails, names the rows to
 * fix, and the values stay whole; the downgrade of a widening over a value that no longer fits fails the same way.
 */
class TypeChangeDataIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path project;

    private CliDatabases.Db notes;

    private void entities(String version) {
        if (notes == null) notes = databases.create();
        CliDatabases.configure(project, "autogen.cli.fixtures.note." + version, "url=" + notes.url(), "user=postgres");
    }

    private CliProcess autogen(String... args) {
        return CliProcess.run(project, args);
    }

    private String query(String sql) {
        return notes.column(sql).get(0);
    }

    private void execute(String sql) {
        notes.execute(sql);
    }

    private String newestMigration() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            return Files.readString(files.filter(f -> f.toString().endsWith(".java")).sorted().reduce((a, b) -> b).orElseThrow());
        }
    }

    @Test
    void aNarrowingFailsInsteadOfCuttingValuesAndSoDoesTheDowngradeOfAWidening() throws Exception {
        entities("v1");
        assertThat(autogen("revision", "-m", "notes").exitCode()).isZero();
        assertThat(autogen("upgrade", "head").exitCode()).isZero();
        for (int i = 1; i <= 5; i++) execute("INSERT INTO note (id, body, title) VALUES (" + i + ", repeat('b', 92), 'short')");

        entities("v2");
        assertThat(autogen("revision", "-m", "longer titles").exitCode()).isZero();
        assertThat(newestMigration()).contains("op.alterColumnType(\"note\", \"title\", \"text\", \"varchar(100)\");");
        var widened = autogen("upgrade", "head");
        assertThat(widened.exitCode()).as(widened.err()).isZero();
        String atWidened = query("SELECT version_num FROM autogen_version");
        execute("UPDATE note SET title = repeat('t', 150) WHERE id = 1");

        var undoWidening = autogen("downgrade", "-1");
        assertThat(undoWidening.exitCode()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(undoWidening.err()).contains("note.title holds values that varchar(100) cannot hold exactly, so nothing was changed")
                .hasLineCount(1);
        assertThat(query("SELECT max(length(title)) FROM note")).isEqualTo("150");
        assertThat(query("SELECT version_num FROM autogen_version")).isEqualTo(atWidened);

        entities("v3");
        var narrowing = autogen("revision", "-m", "shorter bodies");
        assertThat(narrowing.exitCode()).isZero();
        assertThat(narrowing.out()).contains("AG201");
        assertThat(newestMigration())
                .contains("// AG201 MAY FAIL: narrows note.body from varchar(512) to varchar(64): a value longer than 64 "
                        + "characters makes it fail, changing nothing (none is cut or rounded)")
                .contains("op.alterColumnType(\"note\", \"body\", \"varchar(64)\", \"varchar(512)\");")
                .doesNotContain("::varchar(64)\")");
        var upgrade = autogen("upgrade", "head");
        assertThat(upgrade.exitCode()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(upgrade.err()).contains("nothing of it was applied")
                .contains("note.body holds values that varchar(64) cannot hold exactly").hasLineCount(1);
        assertThat(query("SELECT max(length(body)) FROM note")).isEqualTo("92");
        assertThat(query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'note'::regclass "
                + "AND attname = 'body'")).isEqualTo("character varying(512)");
        assertThat(query("SELECT version_num FROM autogen_version")).isEqualTo(atWidened);
    }
}
