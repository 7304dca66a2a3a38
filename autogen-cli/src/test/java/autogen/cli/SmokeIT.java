package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command and option of the README's Commands section, once each, through the jar: on one live database and,
 * where no url is needed, on the embedded default. Each run must end with its documented exit code, and print
 * something where output is promised. The order of the runs is a project's life: init, revisions, a branch and its
 * merge, upgrades, downgrades, stamps, and the offline scripts.
 */
class SmokeIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path directory;

    private int runs;

    /** Runs the jar in {@code directory}; the exit code must be {@code exitCode} and stdout must not be empty. */
    private CliProcess promised(int exitCode, String... args) {
        runs++;
        var run = CliProcess.run(directory, Map.of(), args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.all()).isEqualTo(exitCode);
        assertThat(run.out()).as(String.join(" ", args) + ": output").isNotBlank();
        // stderr carries progress lines only, unless something failed
        if (exitCode != ExitCodes.DATABASE_OR_MIGRATION) assertThat(run.err()).as(String.join(" ", args)).isEmpty();
        return run;
    }

    private CliProcess ok(String... args) {
        return promised(ExitCodes.OK, args);
    }

    private static String revision(CliProcess run) {
        var wrote = Pattern.compile("\\(revision ([0-9a-f]{12})").matcher(run.out());
        assertThat(wrote.find()).as(run.out()).isTrue();
        return wrote.group(1);
    }

    @Test
    void everyDocumentedCommandAndOptionRuns() throws IOException {
        long start = System.nanoTime();
        ok("--version");
        ok("--help");
        ok("help");
        ok("completion");
        for (String command : CommandLineIT.COMMANDS) assertThat(ok(command, "--help").out()).contains("Example:");

        // init [DIR]; then the fixtures' entities on the live database
        Path project = directory.resolve("project");
        ok("init", project.toString());
        assertThat(project.resolve("autogen.properties")).exists();
        var database = databases.create();
        CliDatabases.configure(project, "autogen.cli.fixtures.v1", "url=" + database.url(), "user=postgres");
        String p = project.toString();

        // the embedded default: no url, the history replayed into a throwaway database
        Path embedded = Files.createDirectories(directory.resolve("embedded"));
        CliDatabases.configure(embedded, "autogen.cli.fixtures.v1");
        var initial = ok("-C", embedded.toString(), "revision", "-m", "initial");
        assertThat(initial.out()).startsWith("Wrote ");
        assertThat(initial.progress()).contains("autogen: starting the embedded PostgreSQL ...")
                .anyMatch(line -> line.startsWith("autogen: comparing the entities with the embedded database: done in "));
        runs++;
        var quiet = CliProcess.run(directory, Map.of(), "-C", embedded.toString(), "-q", "check");
        assertThat(quiet.exitCode()).as(quiet.all()).isZero();
        assertThat(quiet.out()).startsWith("clean: ");
        assertThat(quiet.stderr()).as("-q: no progress").isEmpty();
        assertThat(ok("-C", embedded.toString(), "upgrade").out()).contains("throwaway embedded database");
        assertThat(ok("-C", embedded.toString(), "downgrade", "base").out()).contains("throwaway embedded database");

        String first = revision(ok("-C", p, "revision", "-m", "create customers", "--renames", "auto"));
        assertThat(promised(ExitCodes.DRIFT, "-C", p, "check").out()).startsWith("behind: ");
        var applied = ok("-C", p, "upgrade", "+1");
        assertThat(applied.out()).contains("Applied " + first);
        assertThat(applied.progress()).anyMatch(line -> line.matches("autogen: +applied " + first + " create customers \\(\\d+ ms\\)"));
        assertThat(ok("-C", p, "current", "-v").out()).startsWith(first + ", create customers, created ");
        assertThat(ok("-C", p, "check", "--format", "json").out()).startsWith("{\"status\": \"clean\"");
        assertThat(ok("-C", p, "check", "--format", "github", "--color", "never").out()).startsWith("clean: ");

        // a second revision, with the remaining options of revision; an empty one; a branch from the first, merged
        CliDatabases.configure(project, "autogen.cli.fixtures.v3", "url=" + database.url(), "user=postgres");
        String second = revision(ok("-C", p, "revision", "-m", "full name", "--renames", "never", "--safe-forms"));
        assertThat(ok("-C", p, "upgrade", "heads").out()).contains("Applied " + second);
        String third = revision(ok("-C", p, "revision", "-m", "by hand", "--empty"));
        String branch = revision(ok("-C", p, "revision", "-m", "branch", "--empty", "--head", first.substring(0, 6)));
        assertThat(ok("-C", p, "heads").out()).contains(third + " (head)").contains(branch + " (head)");
        String merge = revision(ok("-C", p, "merge", "-m", "join", "heads"));
        assertThat(ok("-C", p, "upgrade", merge.substring(0, 7)).out()).contains("Applied " + merge);

        // the index autogen-runtime reads: revision wrote it; a hand edit makes check say so, index repairs it
        Path index = project.resolve("migrations/autogen-migrations.idx");
        assertThat(Files.readString(index)).contains("app.migrations.V");
        Files.writeString(index, "app.migrations.Gone\n");
        assertThat(promised(ExitCodes.DRIFT, "-C", p, "check").out()).contains("index: the migration index ");
        assertThat(ok("-C", p, "index").out()).isEqualTo("Wrote " + index + "\n");
        assertThat(ok("-C", p, "check").out()).startsWith("clean: ");


        assertThat(ok("-C", p, "history", "-v").out()).contains("op.dropColumn(\"customer\", \"name\")");
        assertThat(ok("-C", p, "history", "-r", first + ":" + second).out())
                .isEqualTo(first + " -> " + second + ", full name\n<base> -> " + first + ", create customers\n");
        assertThat(ok("-C", p, "show", second.substring(0, 8)).out()).contains("\nSQL:\n");
        // the second revision drops customer.name, unacknowledged: lint exits 1, as the README says
        assertThat(promised(ExitCodes.DRIFT, "-C", p, "lint").out()).contains("UNACKNOWLEDGED AG102");
        assertThat(ok("-C", p, "lint", first).out()).startsWith(first + "  create customers\n");

        assertThat(ok("-C", p, "downgrade", "-1").out()).contains("Undid " + merge);
        assertThat(ok("-C", p, "downgrade", first).out()).contains("Undid " + second);
        assertThat(ok("-C", p, "stamp", "base").out()).isEqualTo("Stamped base (no revision applied).\n");
        assertThat(ok("-C", p, "stamp", "heads", "--purge").out()).isEqualTo("Stamped " + merge + ".\n");

        // the global options: --config, and --url overriding the file; --debug prints the stack trace of an error
        Path noUrl = Files.createDirectories(directory.resolve("no-url"));
        Files.copy(project.resolve("autogen.properties"), noUrl.resolve("autogen.properties"));
        Files.writeString(noUrl.resolve("autogen.properties"), Files.readString(noUrl.resolve("autogen.properties"))
                .replace("url=" + database.url(), "url=jdbc:postgresql://127.0.0.1:1/nothing")
                .replace("migrations.dir=migrations", "migrations.dir=" + project.resolve("migrations")));
        assertThat(ok("--config", noUrl.resolve("autogen.properties").toString(), "--url", database.url(), "current").out())
                .isEqualTo(merge + "\n");
        runs++;
        var debug = CliProcess.run(directory, Map.of(), "-C", p, "--debug", "show", "ffffff");
        assertThat(debug.exitCode()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(debug.err()).contains("\tat ").contains("error: unknown revision ffffff");

        // the offline scripts: no database
        assertThat(ok("-C", p, "upgrade", "head", "--sql").out()).contains("BEGIN;\n").contains("INSERT INTO autogen_version");
        assertThat(ok("-C", p, "upgrade", first + ":head", "--sql", "--idempotent").out()).contains("DO $autogen$ BEGIN\n");
        assertThat(ok("-C", p, "downgrade", "head:base", "--sql").out()).contains("DROP TABLE customer");
        assertThat(ok("-C", p, "downgrade", "head:" + first, "--sql", "--idempotent").out()).contains("DO $autogen$ BEGIN\n");

        // a baseline of the live database, into a project of its own with no history yet
        Path adopted = Files.createDirectories(directory.resolve("adopted"));
        CliDatabases.configure(adopted, "autogen.cli.fixtures.v3", "url=" + database.url(), "user=postgres");
        assertThat(ok("-C", adopted.toString(), "revision", "-m", "baseline", "--baseline").out()).contains("a baseline of ");

        System.out.printf("SmokeIT: %d runs of the jar in %d s%n", runs, (System.nanoTime() - start) / 1_000_000_000);
    }
}
