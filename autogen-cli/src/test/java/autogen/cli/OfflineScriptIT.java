package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline scripts of a 40-table history do exactly what the online commands do: {@code upgrade --sql} run by psql
 * on an empty database leaves the schema (compared by {@code pg_dump -s}), the version table and the history log
 * that {@code upgrade head} leaves; an {@code --idempotent} script runs twice, the second time changing nothing; and
 * {@code downgrade FROM:TO --sql}, whole and partial, leaves what {@code downgrade} leaves. The history is written by
 * the jar itself ({@code revision}, four times, against the embedded default), one revision with {@code --safe-forms}
 * so that the script holds statements outside a transaction; the scripts are far over 8192 bytes (output was once
 * cut there).
 *
 * <p>The machine's psql and pg_dump ({@code -Dautogen.psql}, {@code -Dautogen.pg_dump}; {@code /usr/bin} by default,
 * Debian's postgresql-client 15) run the scripts and dump the schemas. pg_dump refuses a server newer than itself, so
 * this class runs a PostgreSQL 15 of its own, from the binaries the build copies to {@code target/pg15}.
 */
class OfflineScriptIT {

    private static final Path PSQL = Path.of(System.getProperty("autogen.psql", "/usr/bin/psql"));
    private static final Path PG_DUMP = Path.of(System.getProperty("autogen.pg_dump", "/usr/bin/pg_dump"));
    private static final Path BINARIES = Path.of(System.getProperty("autogen.pg15.binaries", "target/pg15/postgresql-15-binaries.jar"));
    private static final String VERSION_TABLE = "autogen_version";
    private static final String HISTORY_TABLE = "autogen_version_history";

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases(OfflineScriptIT::postgres15);

    /** Kept when a test fails, with the revisions, the entity sources and the scripts psql ran. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path project;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path scripts;

    /** The ids of the four revisions, oldest first; the last runs outside a transaction. */
    private static final List<String> revisions = new ArrayList<>();
    /** {@code upgrade --sql}: from base to head. */
    private static String upgradeScript;
    /** A database brought to head online, and its schema. */
    private static CliDatabases.Db online;
    private static String onlineSchema;

    /** A PostgreSQL 15 server from the zonky binaries the build copied aside (they cannot be on the classpath beside 17). */
    private static EmbeddedPostgres.Builder postgres15() {
        return EmbeddedPostgres.builder().setPgBinaryResolver((system, architecture) -> {
            if (!Files.isRegularFile(BINARIES))
                throw new IOException(BINARIES.toAbsolutePath() + " is missing: `mvn verify` copies it in pre-integration-test");
            String entry = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + architecture + ".txz";
            try (var jar = new ZipFile(BINARIES.toFile())) {
                var found = jar.getEntry(entry);
                if (found == null) throw new IOException(BINARIES + " has no " + entry);
                try (var in = jar.getInputStream(found)) {
                    return new ByteArrayInputStream(in.readAllBytes());
                }
            }
        });
    }

    @BeforeAll
    static void writeTheHistoryThroughTheJar() throws Exception {
        assertThat(PSQL).as("psql (postgresql-client; see README, Tests)").isExecutable();
        assertThat(PG_DUMP).as("pg_dump (postgresql-client; see README, Tests)").isExecutable();
        String[] messages = {"fifteen tables", "fifteen more, emails, indexes, keys",
                "ten more; widen, not null, drop, rename, enum", "indexes and keys that do not block writes"};
        for (int v = 1; v <= FortyTables.VERSIONS; v++) {
            FortyTables.compile(v, project.resolve("src-v" + v), project.resolve("classes-v" + v));
            // lock_timeout puts its SET into the scripts, as a project that sets it gets them
            Files.writeString(project.resolve("autogen.properties"), "entities=app.shop\nclasspath=classes-v" + v
                    + "\nmigrations.package=app.migrations\nmigrations.dir=migrations\nlock_timeout=5s\n");
            var revision = v == FortyTables.VERSIONS
                    ? autogen("revision", "-m", messages[v - 1], "--safe-forms")
                    : autogen("revision", "-m", messages[v - 1]);
            assertThat(revision.exitCode()).as("revision v%d: %s", v, revision.all()).isZero();
            Matcher id = Pattern.compile("\\(revision ([0-9a-f]{12}),").matcher(revision.out());
            assertThat(id.find()).as("revision v%d wrote a revision: %s", v, revision.out()).isTrue();
            revisions.add(id.group(1));
            if (v == 3) assertThat(revision.out()).contains("op.renameColumn(\"t05\", \"name\", \"title\")");
            if (v == 4) assertThat(revision.out()).contains("op.createIndexConcurrently(");
        }

        var script = autogen("upgrade", "--sql");
        assertThat(script.exitCode()).as(script.err()).isZero();
        upgradeScript = script.out();

        online = databases.create();
        var upgrade = autogen(online, "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.all()).isZero();
        onlineSchema = schema(online);
        assertThat(online.column("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't__'"))
                .containsExactly("40");
    }

    @Test
    void theUpgradeScriptFromBaseIsWholeAndLeavesWhatTheOnlineUpgradeLeaves() {
        assertThat(upgradeScript.getBytes(StandardCharsets.UTF_8).length).as("script size").isGreaterThan(2 * 8192);
        assertWhole(upgradeScript, "upgrade", revisions);
        assertThat(upgradeScript).contains("-- runs outside a transaction").contains("CREATE INDEX CONCURRENTLY")
                .contains("SET LOCAL lock_timeout = '5s'");

        var offline = databases.create();
        psql(offline, upgradeScript);
        assertSameSchema(onlineSchema, schema(offline), "online upgrade head", "offline upgrade --sql");
        assertSameBookkeeping(online, offline);

        // the online runner takes the database the script made as its own: nothing to apply, no edited revision, no drift
        var again = autogen(offline, "upgrade", "head");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("Nothing to apply");
        var check = autogen(offline, "check");
        assertThat(check.exitCode()).as(check.all()).isZero();
    }

    @Test
    void anIdempotentScriptRunsTwiceChangingNothingTheSecondTime() {
        String third = revisions.get(2);
        var printed = autogen("upgrade", "--sql", "--idempotent", third);
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        String idempotent = printed.out();
        assertThat(idempotent.getBytes(StandardCharsets.UTF_8).length).as("script size").isGreaterThan(2 * 8192);
        assertWhole(idempotent, "upgrade", revisions.subList(0, 3));

        var atThird = databases.create();
        assertThat(autogen(atThird, "upgrade", third).exitCode()).isZero();
        var twice = databases.create();
        psql(twice, idempotent);
        String once = schema(twice);
        assertSameSchema(schema(atThird), once, "online upgrade " + third, "offline upgrade --sql --idempotent " + third);
        assertSameBookkeeping(atThird, twice);
        var bookkeeping = bookkeeping(twice);

        psql(twice, idempotent);
        assertSameSchema(once, schema(twice), "the idempotent script run once", "run twice");
        assertThat(bookkeeping(twice)).as("version table and history after the second run").isEqualTo(bookkeeping);

        // the rest of the history by a plain FROM:TO script, then the idempotent one again: still nothing to do
        var rest = autogen("upgrade", "--sql", third + ":head");
        assertThat(rest.exitCode()).as(rest.err()).isZero();
        assertWhole(rest.out(), "upgrade", revisions.subList(3, 4));
        psql(twice, rest.out());
        assertSameSchema(onlineSchema, schema(twice), "online upgrade head", "idempotent script, then " + third + ":head");
        var atHead = bookkeeping(twice);
        psql(twice, idempotent);
        assertSameSchema(onlineSchema, schema(twice), "online upgrade head", "the idempotent script run again at head");
        assertThat(bookkeeping(twice)).as("version table and history after the idempotent script at head").isEqualTo(atHead);
    }

    @Test
    void anIdempotentScriptOverARevisionOutsideATransactionIsRefusedWithoutPrintingAnything() {
        var refused = autogen("upgrade", "--sql", "--idempotent");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains(revisions.get(3)).contains("print the script without --idempotent").hasLineCount(1);
        assertThat(refused.out()).as("nothing of a script to pipe into psql").isEmpty();
    }

    @Test
    void downgradeScriptsWholeAndPartialLeaveWhatTheOnlineDowngradeLeaves() {
        String first = revisions.get(0);
        var reference = databases.create();
        assertThat(autogen(reference, "upgrade", "head").exitCode()).isZero();
        var down = autogen(reference, "downgrade", first);
        assertThat(down.exitCode()).as(down.all()).isZero();
        String atFirst = schema(reference);
        var atFirstBookkeeping = bookkeeping(reference);
        down = autogen(reference, "downgrade", "base");
        assertThat(down.exitCode()).as(down.all()).isZero();
        String atBase = schema(reference);
        assertSameSchema(schema(databases.create()), atBase, "an empty database", "online downgrade base");

        var printed = autogen("downgrade", "head:base", "--sql");
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        String whole = printed.out();
        assertThat(whole.getBytes(StandardCharsets.UTF_8).length).as("script size").isGreaterThan(8192);
        assertWhole(whole, "downgrade", reversed(revisions));
        var wholly = databases.create();
        psql(wholly, upgradeScript);
        psql(wholly, whole);
        assertSameSchema(atBase, schema(wholly), "online downgrade base", "offline downgrade head:base --sql");
        assertSameBookkeeping(reference, wholly);

        var partial = autogen("downgrade", "head:" + first, "--sql");
        assertThat(partial.exitCode()).as(partial.err()).isZero();
        assertWhole(partial.out(), "downgrade", reversed(revisions.subList(1, 4)));
        var partly = databases.create();
        psql(partly, upgradeScript);
        psql(partly, partial.out());
        assertSameSchema(atFirst, schema(partly), "online downgrade " + first, "offline downgrade head:" + first + " --sql");
        assertThat(bookkeeping(partly)).as("version table and history").isEqualTo(atFirstBookkeeping);

        var rest = autogen("downgrade", first + ":base", "--sql");
        assertThat(rest.exitCode()).as(rest.err()).isZero();
        psql(partly, rest.out());
        assertSameSchema(atBase, schema(partly), "online downgrade base", "offline downgrade " + first + ":base --sql");
        assertSameBookkeeping(reference, partly);
    }

    // --- the jar, psql and pg_dump

    /** The jar, offline (autogen.properties has no url): revision replays the history into the embedded default. */
    private static CliProcess autogen(String... args) {
        return CliProcess.run(project, args);
    }

    /** The jar on {@code db} of the PostgreSQL 15 server. */
    private static CliProcess autogen(CliDatabases.Db db, String... args) {
        var command = new ArrayList<>(List.of("--url", db.url()));
        command.addAll(List.of(args));
        return CliProcess.run(project, Map.of("AUTOGEN_USER", "postgres"), command.toArray(String[]::new));
    }

    /**
     * A script is whole: it has a section per revision in {@code order}, in that order and nothing else, and ends
     * with the COMMIT after the last revision's history row (a revision outside a transaction moves the version
     * table in a transaction of its own too; an idempotent script has the row inside the block that guards it).
     */
    private static void assertWhole(String script, String direction, List<String> order) {
        var sections = new ArrayList<String>();
        Matcher m = Pattern.compile("(?m)^-- " + direction + " ([0-9a-f]{12}): ").matcher(script);
        while (m.find()) sections.add(m.group(1));
        assertThat(sections).as("the revisions of the script").containsExactlyElementsOf(order);
        var lines = script.lines().toList();
        int log = lines.size() - 1;
        while (log >= 0 && !(lines.get(log).strip().startsWith("INSERT INTO") && lines.get(log).contains(HISTORY_TABLE))) log--;
        assertThat(log).as("a history row in the script").isNotNegative();
        assertThat(lines.get(log)).as("the last history row").contains("'" + order.get(order.size() - 1) + "'");
        assertThat(lines.subList(log + 1, lines.size())).as("what follows the last history row (script of %d bytes)", script.length())
                .isSubsetOf("END IF;", "END $autogen$;", "COMMIT;").endsWith("COMMIT;");
        assertThat(script).as("the script's end").endsWith("COMMIT;\n");
    }

    private static List<String> reversed(List<String> ids) {
        var copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }

    /** Runs {@code script} with psql, stopping at the first error, and fails showing that error and its lines. */
    private void psql(CliDatabases.Db db, String script) {
        Path file;
        try {
            file = Files.createTempFile(scripts, "script", ".sql");
            Files.writeString(file, script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var run = client(PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p", String.valueOf(databases.port()),
                "-U", "postgres", "-d", db.name, "-f", file.toString());
        String where = "";
        Matcher line = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+):").matcher(run.err());
        if (line.find()) {
            var lines = script.lines().toList();
            int n = Integer.parseInt(line.group(1));
            where = "\nscript lines " + Math.max(1, n - 3) + ".." + n + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, n - 4), Math.min(lines.size(), n)));
        }
        assertThat(run.exitCode()).as("psql -f %s exit code; stderr:\n%s%s", file, run.err(), where).isZero();
        // a COMMIT without BEGIN, or a transaction statement out of place, is only a warning to psql
        assertThat(run.err()).as("psql -f %s messages", file).doesNotContain("WARNING").doesNotContain("ERROR");
    }

    /** The schema of {@code db} as {@code pg_dump -s} prints it, without autogen's two bookkeeping tables. */
    private static String schema(CliDatabases.Db db) {
        var run = client(PG_DUMP, "-s", "--no-owner", "--no-privileges", "--exclude-table=" + VERSION_TABLE,
                "--exclude-table=" + HISTORY_TABLE, "-h", "localhost", "-p", String.valueOf(databases.port()), "-U", "postgres",
                "-d", db.name);
        assertThat(run.exitCode()).as("pg_dump: %s", run.err()).isZero();
        // pg_dump since 15.14 fences the dump with restrict and unrestrict meta-commands whose key is random
        return run.out().lines().filter(l -> !l.startsWith("\\restrict ") && !l.startsWith("\\unrestrict "))
                .reduce("", (a, b) -> a + b + "\n");
    }

    /** The version table's rows, then the history's: revision, direction, checksum and status, in the order applied. */
    private static List<String> bookkeeping(CliDatabases.Db db) {
        var rows = new ArrayList<>(db.column("SELECT 'version ' || version_num FROM " + VERSION_TABLE + " ORDER BY 1"));
        rows.addAll(db.column("SELECT concat_ws(' ', version_num, direction, checksum, status) FROM " + HISTORY_TABLE
                + " ORDER BY applied_at"));
        return rows;
    }

    private static void assertSameBookkeeping(CliDatabases.Db expected, CliDatabases.Db actual) {
        assertThat(bookkeeping(actual)).as("version table and history (revision, direction, checksum, status)")
                .containsExactlyElementsOf(bookkeeping(expected));
    }

    /** Fails with what differs: where the dumps first part (with the lines before), and the lines only one side has. */
    private static void assertSameSchema(String expected, String actual, String expectedName, String actualName) {
        if (expected.equals(actual)) return;
        var left = expected.lines().toList();
        var right = actual.lines().toList();
        int first = 0;
        while (first < left.size() && first < right.size() && left.get(first).equals(right.get(first))) first++;
        var message = new StringBuilder("pg_dump -s of ").append(actualName).append(" differs from ").append(expectedName)
                .append(" (").append(right.size()).append(" lines against ").append(left.size()).append("); first at line ")
                .append(first + 1).append(", after:\n");
        left.subList(Math.max(0, first - 6), first).forEach(l -> message.append("    ").append(l).append('\n'));
        message.append(expectedName).append(":\n");
        left.subList(first, Math.min(left.size(), first + 6)).forEach(l -> message.append("  - ").append(l).append('\n'));
        message.append(actualName).append(":\n");
        right.subList(first, Math.min(right.size(), first + 6)).forEach(l -> message.append("  + ").append(l).append('\n'));
        var onlyLeft = new LinkedHashSet<>(left);
        right.forEach(onlyLeft::remove);
        var onlyRight = new LinkedHashSet<>(right);
        left.forEach(onlyRight::remove);
        message.append("lines only in ").append(expectedName).append(" (").append(onlyLeft.size()).append("):\n");
        onlyLeft.stream().limit(20).forEach(l -> message.append("  - ").append(l).append('\n'));
        message.append("lines only in ").append(actualName).append(" (").append(onlyRight.size()).append("):\n");
        onlyRight.stream().limit(20).forEach(l -> message.append("  + ").append(l).append('\n'));
        throw new AssertionError(message.toString());
    }

    private record Client(int exitCode, String out, String err) {}

    /** A PostgreSQL client program; nothing from the developer's PG* environment reaches it. */
    private static Client client(Path program, String... args) {
        var command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("PG"));
        try {
            Path out = Files.createTempFile("pg-client", ".out");
            Path err = Files.createTempFile("pg-client", ".err");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                process.getOutputStream().close();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not end within 2 minutes");
                }
                return new Client(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
