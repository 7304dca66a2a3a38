package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache (AUTOGEN_CACHE_DIR) as the user meets it: compiled migrations and embedded databases with the history
 * replayed are reused while what they were made from is the same, and made anew when anything they depend on
 * changes; what is broken in the cache is rebuilt, never trusted; commands running at once share it safely. Whether
 * a command replayed the history is read off its progress line; every result is checked against what it must be.
 */
class CacheIT {

    private static final String REPLAYING = "autogen: replaying the history into the embedded database ...";

    @TempDir
    Path project;

    @TempDir
    Path cache;

    @BeforeEach
    void oneRevision() {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        ok("revision", "-m", "create customers");
    }

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of("AUTOGEN_CACHE_DIR", cache.toString()), args);
    }

    private CliProcess ok(String... args) {
        var run = run(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.all()).isZero();
        return run;
    }

    /** A clean check; whether it replayed the history (true) or started a kept snapshot (false). */
    private boolean cleanCheckReplayed() {
        var check = ok("check");
        assertThat(check.out()).startsWith("clean: ");
        return check.progress().contains(REPLAYING);
    }

    private List<Path> entries(String area) throws IOException {
        Path dir = cache.resolve(area);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            // the compiled classes are files, the databases folders (beside their lock files)
            return files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> area.equals("classes") || Files.isDirectory(f)).sorted().toList();
        }
    }

    private Path migration() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
    }

    @Test
    void theSameHistoryIsCompiledAndReplayedOnce() throws IOException {
        assertThat(cleanCheckReplayed()).isTrue();
        assertThat(entries("classes")).hasSize(1);
        assertThat(entries("databases")).hasSize(1);

        assertThat(cleanCheckReplayed()).as("the second check starts the kept database").isFalse();
        assertThat(entries("classes")).hasSize(1);
        assertThat(ok("heads").out()).contains("(head)");
        assertThat(entries("classes")).as("heads compiled nothing new").hasSize(1);
    }

    @Test
    void anEditedMigrationIsCompiledAgainAndReplayedWhenWhatItDoesChanged() throws IOException {
        assertThat(cleanCheckReplayed()).isTrue();
        var classes = entries("classes");

        // a comment: other source, the same operations
        Path migration = migration();
        Files.writeString(migration, Files.readString(migration) + "\n// reviewed\n");
        assertThat(cleanCheckReplayed()).as("same operations, same replay").isFalse();
        assertThat(entries("classes")).hasSize(2).containsAll(classes);

        // what it does: the column is created nullable, which the entity's NOT NULL then differs from
        String source = Files.readString(migration);
        assertThat(source).contains(".notNull()");
        Files.writeString(migration, source.replaceFirst("\\.notNull\\(\\)", ""));
        var check = run("check");
        assertThat(check.exitCode()).as(check.all()).isEqualTo(ExitCodes.DRIFT);
        assertThat(check.out()).startsWith("drift: ").contains("op.setNotNull(\"customer\", \"name\")");
        assertThat(check.progress()).contains(REPLAYING);
    }

    @Test
    void anAddedOrRemovedMigrationChangesTheReplay() throws IOException {
        assertThat(cleanCheckReplayed()).isTrue();
        ok("revision", "-m", "by hand", "--empty");
        assertThat(cleanCheckReplayed()).as("a revision more").isTrue();

        Path first = migration();
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) Files.delete(f);
        }
        var check = run("check");
        assertThat(check.exitCode()).as(check.all()).isEqualTo(ExitCodes.DRIFT);
        assertThat(check.out()).as("no history: the entities' table is missing").contains("customer");
        assertThat(first).doesNotExist();
    }

    @Test
    void aChangedEntityIsAlwaysReadAnew() {
        assertThat(cleanCheckReplayed()).isTrue();
        CliDatabases.configure(project, "autogen.cli.fixtures.v3");
        var check = run("check");
        assertThat(check.exitCode()).as(check.all()).isEqualTo(ExitCodes.DRIFT);
        assertThat(check.out()).startsWith("drift: ");
        assertThat(check.progress()).as("the history did not change").doesNotContain(REPLAYING);
    }

    @Test
    void aChangedSettingReplaysTheHistoryAgain() {
        assertThat(cleanCheckReplayed()).isTrue();
        CliDatabases.configure(project, "autogen.cli.fixtures.v1", "version_table=schema_history");
        assertThat(cleanCheckReplayed()).as("another version table").isTrue();
        assertThat(cleanCheckReplayed()).isFalse();
    }

    @Test
    void aSnapshotOfAnotherPostgresVersionIsNotUsed() throws IOException {
        assertThat(cleanCheckReplayed()).isTrue();
        Path marker = entries("databases").get(0).resolve("autogen-snapshot.properties");
        String real = Files.readString(marker);
        assertThat(real).containsPattern("server_version=1\\d\\.");
        Files.writeString(marker, real.replaceFirst("server_version=[^\\n]*", "server_version=16.4"));

        assertThat(cleanCheckReplayed()).as("made by another PostgreSQL").isTrue();
        assertThat(Files.readString(entries("databases").get(0).resolve("autogen-snapshot.properties")))
                .doesNotContain("16.4");
        assertThat(cleanCheckReplayed()).isFalse();
    }

    @Test
    void aCorruptOrHalfWrittenCacheIsRebuilt() throws IOException {
        assertThat(cleanCheckReplayed()).isTrue();
        Path classes = entries("classes").get(0);
        Files.write(classes, new byte[] {'P', 'K', 3, 4, 0, 1});
        Path snapshot = entries("databases").get(0);
        Files.delete(snapshot.resolve("global/pg_control"));
        assertThat(cleanCheckReplayed()).as("the broken snapshot does not start").isTrue();
        assertThat(Files.size(classes)).as("compiled again").isGreaterThan(6);

        // a snapshot cut short (no marker, which is written last) is never used
        Path rebuilt = entries("databases").get(0);
        Files.delete(rebuilt.resolve("autogen-snapshot.properties"));
        assertThat(cleanCheckReplayed()).isTrue();
        assertThat(cleanCheckReplayed()).as("kept again").isFalse();
    }

    @Test
    void twoCommandsAtOnceShareTheCache() throws IOException {
        var first = CompletableFuture.supplyAsync(() -> run("check"));
        var second = CompletableFuture.supplyAsync(() -> run("check"));
        for (CliProcess check : List.of(first.join(), second.join())) {
            assertThat(check.exitCode()).as(check.all()).isZero();
            assertThat(check.out()).startsWith("clean: ");
        }
        assertThat(entries("classes")).hasSize(1);
        assertThat(entries("databases")).hasSize(1);
        assertThat(cleanCheckReplayed()).isFalse();
    }
}
