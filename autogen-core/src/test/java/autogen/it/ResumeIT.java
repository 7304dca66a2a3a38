package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.diff.RenameQuestioner;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision that runs outside a transaction, interrupted half way (killed, or a step failed): the next run resumes
 * after the last committed step, rebuilds the INVALID index a broken concurrent build leaves, and says plainly what
 * it cannot know.
 */
@ExtendWith(PostgresExtension.class)
class ResumeIT {

    @Entity(name = "A") @Table(name = "a")
    static class A { @Id Long id; Integer v; }

    @Entity(name = "A") @Table(name = "a", indexes = {@Index(name = "ix_a_v", columnList = "v"), @Index(name = "ix_a_id_v", columnList = "id, v")})
    static class AIndexed { @Id Long id; Integer v; }

    @TempDir
    Path migrations;

    private Scenario scenario(TestDatabase db) {
        return new Scenario(db, migrations);
    }

    @Test
    void killedBetweenTwoConcurrentIndexBuildsTheNextUpgradeResumesAfterTheFirst(TestDatabase authoring) throws Exception {
        var s = scenario(authoring);
        s.autogen(A.class).revision(RevisionRequest.of("a"));
        s.autogen(A.class).upgrade("head", m -> {});
        Path indexes = s.autogen(AIndexed.class).revision(RevisionRequest.of("indexes").withSafeForms(true)).file().orElseThrow();
        // between the two builds the runner waits for a lock this test holds: the kill lands between committed steps
        String source = Files.readString(indexes);
        int second = source.indexOf("op.createIndexConcurrently(", source.indexOf("op.createIndexConcurrently(") + 1);
        Files.writeString(indexes, source.substring(0, second) + "op.execute(\"SELECT pg_advisory_lock(424242)\");\n        "
                + source.substring(second));

        TestDatabase target = authoring.another();
        try (var holder = target.connect(); var hold = holder.createStatement()) {
            hold.execute("SELECT pg_advisory_lock(424242)");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), UpgradeMain.class.getName(),
                    target.url(), target.user(), target.password(), migrations.toString()).redirectErrorStream(true).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (target.column("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_advisory_lock(424242)' "
                    + "AND wait_event_type = 'Lock'").get(0).equals("0")) {
                assertThat(System.nanoTime()).as("the runner reached the pause").isLessThan(deadline);
                Thread.sleep(20);
            }
            process.destroyForcibly();   // SIGKILL
            process.waitFor();
            hold.execute("SELECT pg_advisory_unlock(424242)");
        }
        assertThat(target.column("SELECT steps_done FROM autogen_version_history WHERE status = 'running'")).containsExactly("1");
        assertThat(target.column("SELECT count(*) FROM pg_index WHERE indrelid = 'a'::regclass")).containsExactly("2");

        var resumed = scenario(target);
        Files.writeString(indexes, Files.readString(indexes).replace("424242", "424243"));
        assertThatThrownBy(() -> resumed.autogen(AIndexed.class).upgrade("head", m -> {})).isInstanceOf(MigrationException.class)
                .hasMessageContaining("was edited after it was interrupted");
        Files.writeString(indexes, Files.readString(indexes).replace("424243", "424242"));
        assertThat(resumed.autogen(AIndexed.class).upgrade("head", m -> {})).hasSize(1);
        assertThat(resumed.autogen(AIndexed.class).check().clean()).isTrue();
        assertThat(target.column("SELECT count(*) FROM autogen_version_history WHERE status <> 'done'")).containsExactly("0");
        assertThat(target.column("SELECT count(*) FROM pg_index WHERE indrelid = 'a'::regclass AND indisvalid")).containsExactly("3");
    }

    @Test
    void anInvalidIndexLeftByAFailedConcurrentBuildIsRebuiltWhenTheUpgradeResumes(TestDatabase db) throws Exception {
        var s = scenario(db);
        s.autogen(A.class).revision(RevisionRequest.of("a"));
        s.autogen(A.class).upgrade("head", m -> {});
        db.execute("INSERT INTO a VALUES (1, 7), (2, 7)");
        Path unique = s.autogen(A.class).revision(RevisionRequest.blank("unique")).file().orElseThrow();
        Files.writeString(unique, Files.readString(unique).replace("created = ", "transactional = false, created = ")
                .replace("public void upgrade(Ops op) {", "public void upgrade(Ops op) {\n        op.createIndexConcurrently(\"a\", uniqueIndex(\"ux_a_v\", \"v\"));")
                .replace("public void downgrade(Ops op) {", "public void downgrade(Ops op) {\n        op.dropIndexConcurrently(\"a\", \"ux_a_v\");"));

        assertThatThrownBy(() -> s.autogen(A.class).upgrade("head", m -> {})).isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed outside a transaction at step 1 of 1")
                .hasMessageContaining("the INVALID index the failed build leaves is dropped and built again then");
        assertThat(db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_a_v'::regclass")).containsExactly("f");

        db.execute("DELETE FROM a WHERE id = 2");
        assertThat(s.autogen(A.class).upgrade("head", m -> {})).hasSize(1);
        assertThat(db.column("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_a_v'::regclass")).containsExactly("t");
        assertThat(db.column("SELECT count(*) FROM autogen_version_history WHERE status <> 'done'")).containsExactly("0");
    }

    @Test
    void aStatementThatMayOrMayNotHaveRunIsNamedWithTheWayToRecordIt(TestDatabase db) throws Exception {
        var s = scenario(db);
        s.autogen(A.class).revision(RevisionRequest.of("a"));
        s.autogen(A.class).upgrade("head", m -> {});
        Path vacuum = s.autogen(AIndexed.class).revision(RevisionRequest.of("indexes").withSafeForms(true)).file().orElseThrow();
        Files.writeString(vacuum, Files.readString(vacuum).replace("public void upgrade(Ops op) {",
                "public void upgrade(Ops op) {\n        op.execute(\"VACUUM a\");"));
        var history = s.autogen(AIndexed.class).history();
        String id = history.heads().get(0);
        // what a runner killed inside VACUUM leaves: the revision started, its first statement under way
        db.execute("INSERT INTO autogen_version_history (version_num, direction, checksum, status, steps_done) VALUES ('" + id
                + "', 'upgrade', '" + history.get(id).checksum() + "', 'uncertain', 0)");

        assertThatThrownBy(() -> s.autogen(AIndexed.class).upgrade("head", m -> {})).isInstanceOf(MigrationException.class)
                .hasMessageContaining("was interrupted while running step 1 (`VACUUM a`) outside a transaction, and autogen cannot "
                        + "tell whether it took effect: if it did not, run it by hand; then record it with `UPDATE "
                        + "autogen_version_history SET status = 'running', steps_done = 1 WHERE version_num = '" + id + "'");
        db.execute("UPDATE autogen_version_history SET status = 'running', steps_done = 1 WHERE version_num = '" + id + "'");
        assertThat(s.autogen(AIndexed.class).upgrade("head", m -> {})).hasSize(1);
        assertThat(s.autogen(AIndexed.class).check().clean()).isTrue();
    }
}
