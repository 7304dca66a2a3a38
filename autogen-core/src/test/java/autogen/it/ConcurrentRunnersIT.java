package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.diff.RenameQuestioner;
import autogen.revision.LoadedMigration;
import autogen.runtime.MigrationLock;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many runners starting {@code upgrade head} on one database at once, as the instances of an application do at
 * start-up: each revision is applied exactly once, every runner ends without error, and a history with a revision
 * that builds an index concurrently (outside a transaction) does not deadlock. A bounded stress program: 10 runners
 * × {@code autogen.stress.repetitions} (2 by default; the README gives the command for 20).
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentRunnersIT {

    private static final int RUNNERS = 10;
    private static final int REPETITIONS = Integer.getInteger("autogen.stress.repetitions", 2);
    private static final int ROWS = 100_000;

    @Entity(name = "A") @Table(name = "a")
    static class A { @Id Long id; Integer v; }

    @Entity(name = "A") @Table(name = "a", indexes = @Index(name = "ix_a_v", columnList = "v"))
    static class AIndexed { @Id Long id; Integer v; }

    @Entity(name = "C") @Table(name = "c")
    static class C { @Id Long id; }

    @TempDir
    Path migrations;

    /**
     * Three revisions written on {@code authoring}: a filled table (so that building an index on it takes a while and
     * the runners overlap), its index (concurrently, outside a transaction, when {@code concurrentIndex}), another table.
     */
    private void history(TestDatabase authoring, boolean concurrentIndex) throws Exception {
        var s = new Scenario(authoring, migrations);
        Path first = s.autogen(A.class).revision(RevisionRequest.of("a")).file().orElseThrow();
        Files.writeString(first, Files.readString(first).replace("primaryKey(\"a_pkey\", \"id\"));",
                "primaryKey(\"a_pkey\", \"id\"));\n        op.execute(\"INSERT INTO a SELECT g, g FROM generate_series(1, " + ROWS + ") g\");"));
        s.autogen(A.class).upgrade("head", m -> {});
        s.autogen(AIndexed.class).revision(RevisionRequest.of("index").withSafeForms(concurrentIndex));
        s.autogen(AIndexed.class).upgrade("head", m -> {});
        s.autogen(AIndexed.class, C.class).revision(RevisionRequest.of("c"));
    }

    @Test
    void tenRunnersAtOnceApplyEachRevisionExactlyOnce(TestDatabase authoring) throws Exception {
        history(authoring, false);
        stress(authoring, "transactional history");
    }

    @Test
    void tenRunnersAtOnceOnAHistoryWithAConcurrentIndexBuildNeitherDeadlockNorApplyTwice(TestDatabase authoring) throws Exception {
        history(authoring, true);
        assertThat(Files.readString(Files.list(migrations).sorted().toList().get(1))).contains("transactional = false")
                .contains("op.createIndexConcurrently(");
        stress(authoring, "history with a concurrent index");
    }

    private void stress(TestDatabase authoring, String what) throws Exception {
        var failures = Collections.synchronizedList(new ArrayList<String>());
        int doubleApplies = 0;
        ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
        try {
            for (int repetition = 0; repetition < REPETITIONS; repetition++) {
                TestDatabase target = authoring.another();
                var start = new CountDownLatch(1);
                var runs = new ArrayList<Future<List<LoadedMigration>>>();
                for (int i = 0; i < RUNNERS; i++)
                    runs.add(pool.submit(() -> {
                        var autogen = new Scenario(target, migrations).autogen(AIndexed.class, C.class);
                        start.await();
                        return autogen.upgrade("head", m -> {});
                    }));
                start.countDown();
                var applied = new ArrayList<String>();
                for (var run : runs) {
                    try {
                        run.get().forEach(m -> applied.add(m.id()));
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add("repetition " + repetition + ": " + e.getCause());
                    }
                }
                if (applied.size() != 3 || applied.stream().distinct().count() != 3) doubleApplies++;
                assertThat(target.column("SELECT count(*) FROM autogen_version")).containsExactly("1");
                assertThat(target.column("SELECT count(*) FROM a")).containsExactly(String.valueOf(ROWS));
                assertThat(target.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_a_v'::regclass")).containsExactly("t");
                assertThat(target.column("SELECT count(*) FROM autogen_version_history GROUP BY version_num HAVING count(*) > 1"))
                        .as("history rows applied twice").isEmpty();
                assertThat(target.column("SELECT count(*) FROM autogen_version_history WHERE status <> 'done'")).containsExactly("0");
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d runners x %d repetitions, %s: %d failed runners, %d repetitions with a double or missing apply%n",
                RUNNERS, REPETITIONS, what, failures.size(), doubleApplies);
        assertThat(failures).isEmpty();
        assertThat(doubleApplies).isZero();
    }

    @Test
    void aRunnerGivesUpWithAClearMessageAfterLockWait(TestDatabase authoring) throws Exception {
        history(authoring, false);
        TestDatabase target = authoring.another();
        try (var other = target.connect(); var s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + MigrationLock.key("public", "autogen_version") + ")");   // another runner at work
            assertThatThrownBy(() -> new Scenario(target, migrations).lockWait("300ms").autogen(A.class).upgrade("head", m -> {}))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("another autogen has been migrating this database for longer than lock_wait (300ms)");
        }
        assertThat(new Scenario(target, migrations).autogen(AIndexed.class, C.class).upgrade("head", m -> {})).hasSize(3);
    }
}
