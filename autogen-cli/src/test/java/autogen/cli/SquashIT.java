package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code squash FROM:TO}: one revision for a range; a new database applies it, one inside the range goes on with
 * the revisions it replaces, both end at the range's last revision and agree with the entities, and {@code check}
 * proves the squash equivalent (an edited one is reported).
 */
class SquashIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    private String revision(String entities, String message) {
        CliDatabases.configure(project, entities, "user=postgres");
        var written = run("-q", "revision", "-m", message);
        assertThat(written.exitCode()).as(written.all()).isZero();
        return written.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12}).*", "$1");
    }

    @Test
    void aNewDatabaseTakesTheSquashAndOneInsideTheRangeTheRevisions() throws IOException {
        var inside = databases.create();
        var fresh = databases.create();
        String first = revision("autogen.cli.fixtures.v1", "customers");
        assertThat(run("--url", inside.url(), "-q", "upgrade", "head").exitCode()).isZero();
        String second = revision("autogen.cli.fixtures.v2", "email");
        String third = revision("autogen.cli.fixtures.v3", "full name");

        var squash = run("squash", first.substring(0, 6) + ":" + third, "-m", "customers squashed");
        assertThat(squash.exitCode()).as(squash.all()).isZero();
        assertThat(squash.out()).contains("_CustomersSquashed.java").contains("from base, replacing 3 revisions");
        Path squashFile = migrations().stream().filter(f -> f.toString().endsWith("_CustomersSquashed.java")).findFirst().orElseThrow();
        assertThat(Files.readString(squashFile)).contains("replaces = {\"" + first + "\", \"" + second + "\", \"" + third + "\"}")
                .contains("column(\"full_name\", \"varchar(255)\").notNull()").doesNotContain("email");
        assertThat(migrations()).hasSize(4);

        var onward = run("--url", inside.url(), "-q", "upgrade", "head");
        assertThat(onward.exitCode()).as(onward.all()).isZero();
        assertThat(onward.out()).contains("email").contains("full name").doesNotContain("customers squashed");

        var squashed = run("--url", fresh.url(), "-q", "upgrade", "head");
        assertThat(squashed.exitCode()).as(squashed.all()).isZero();
        assertThat(squashed.out()).contains("customers squashed").doesNotContain("email");
        for (var db : List.of(inside, fresh)) {
            assertThat(run("--url", db.url(), "-q", "current").out()).contains(third);
            var check = run("--url", db.url(), "check");
            assertThat(check.exitCode()).as(check.all()).isZero();
        }
        assertThat(fresh.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer' ORDER BY 1"))
                .containsExactly("full_name", "id");

        // from the squash's end a database goes down and up through the revisions themselves
        assertThat(run("--url", fresh.url(), "-q", "downgrade", "-1").exitCode()).isZero();
        assertThat(fresh.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer' ORDER BY 1"))
                .containsExactly("email", "id", "name");
        assertThat(run("--url", fresh.url(), "-q", "upgrade", "head").out()).contains("full name");
        assertThat(run("--url", fresh.url(), "check").exitCode()).isZero();
        assertThat(run("check").exitCode()).isZero();

        // a squash that no longer stands for what it replaces fails check, on the embedded database and on one it was applied to
        Files.writeString(squashFile, Files.readString(squashFile).replace("column(\"full_name\", \"varchar(255)\").notNull(),",
                "column(\"full_name\", \"varchar(255)\").notNull(), column(\"extra\", \"text\"),"));
        var proof = run("check");
        assertThat(proof.exitCode()).as(proof.all()).isEqualTo(1);
        assertThat(proof.out()).contains("squash ").contains("does not stand for the revisions it replaces")
                .contains("autogen squash " + first + ":" + third);
        assertThat(run("--url", fresh.url(), "check").out()).contains("was edited after it was applied");
    }

    @Test
    void aSquashWritesChecksAsTheRevisionsDidAndIsProved() throws IOException {
        var db = databases.create();
        String first = revision("autogen.cli.fixtures.rolling.v1", "customers");
        String second = revision("autogen.cli.fixtures.rolling.v2", "full names");
        var squash = run("squash", first + ":" + second, "-m", "rolling squashed");
        assertThat(squash.exitCode()).as(squash.all()).isZero();
        Path squashFile = migrations().stream().filter(f -> f.toString().endsWith("_RollingSquashed.java")).findFirst().orElseThrow();
        assertThat(Files.readString(squashFile)).contains("check(\"customer_status_check\", \"status in ('ACTIVE','CLOSED')\")")
                .contains("column(\"full_name\", \"varchar(255)\").notNull()").doesNotContain("nickname");
        var applied = run("--url", db.url(), "-q", "upgrade", "head");
        assertThat(applied.out()).contains("rolling squashed").doesNotContain("full names");
        assertThat(run("--url", db.url(), "check").exitCode()).isZero();
        assertThat(run("check").exitCode()).isZero();
    }

    @Test
    void aRangeOfOneOrWithoutColonIsRefusedWithOneLine() {
        String first = revision("autogen.cli.fixtures.v1", "customers");
        for (String range : List.of(first, first + ":" + first)) {
            var refused = run("-q", "squash", range, "-m", "nothing");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err().strip()).startsWith("error: ").doesNotContain("\n");
        }
    }

    private List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
