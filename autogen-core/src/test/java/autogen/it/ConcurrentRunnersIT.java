package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.revision.LoadedMigration;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Several runners on one database at once: each revision is applied exactly once, and a runner waits its turn. */
@ExtendWith(PostgresExtension.class)
class ConcurrentRunnersIT {

    @Entity(name = "A") @Table(name = "a")
    static class A { @Id Long id; }

    @Entity(name = "B") @Table(name = "b")
    static class B { @Id Long id; }

    @Entity(name = "C") @Table(name = "c")
    static class C { @Id Long id; }

    @TempDir
    Path migrations;

    /** Three revisions written on {@code authoring}; the second one takes a while, so the runners overlap. */
    private void history(TestDatabase authoring) throws Exception {
        var s = new Scenario(authoring, migrations);
        s.autogen(A.class).revision("a", false);
        s.autogen(A.class).upgrade("head", m -> {});
        Path slow = s.autogen(A.class, B.class).revision("b", false).file().orElseThrow();
        Files.writeString(slow, Files.readString(slow).replace("public void upgrade(Ops op) {",
                "public void upgrade(Ops op) {\n        op.execute(\"SELECT pg_sleep(0.5)\");"));
        s.autogen(A.class, B.class).upgrade("head", m -> {});
        s.autogen(A.class, B.class, C.class).revision("c", false);
    }

    @Test
    void fourRunnersUpgradingTogetherApplyEachRevisionExactlyOnce(TestDatabase authoring) throws Exception {
        history(authoring);
        TestDatabase target = authoring.another();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var runs = new ArrayList<Future<List<LoadedMigration>>>();
            for (int i = 0; i < 4; i++)
                runs.add(pool.submit((Callable<List<LoadedMigration>>) () ->
                        new Scenario(target, migrations).autogen(A.class, B.class, C.class).upgrade("head", m -> {})));
            var applied = new ArrayList<String>();
            for (var run : runs) run.get().forEach(m -> applied.add(m.id()));   // get() rethrows any runner's failure
            assertThat(applied).hasSize(3).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(target.column("SELECT count(*) FROM autogen_version")).containsExactly("1");
        assertThat(new Scenario(target, migrations).autogen(A.class, B.class, C.class).check().clean()).isTrue();
    }

    @Test
    void aRunnerGivesUpWithAClearMessageAfterLockWait(TestDatabase authoring) throws Exception {
        history(authoring);
        TestDatabase target = authoring.another();
        try (var other = target.connect(); var s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + ("autogen:autogen_version").hashCode() + ")");   // another runner at work
            assertThatThrownBy(() -> new Scenario(target, migrations).lockWait("300ms").autogen(A.class).upgrade("head", m -> {}))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("another autogen has been migrating this database for longer than lock_wait (300ms)");
        }
        assertThat(new Scenario(target, migrations).autogen(A.class, B.class, C.class).upgrade("head", m -> {})).hasSize(3);
    }
}
