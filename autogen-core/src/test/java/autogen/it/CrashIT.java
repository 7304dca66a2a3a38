package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A runner killed with SIGKILL in the middle of a revision leaves schema and version table consistent. */
@ExtendWith(PostgresExtension.class)
class CrashIT {

    @Entity(name = "A") @Table(name = "a")
    static class A { @Id Long id; }

    @Entity(name = "B") @Table(name = "b")
    static class B { @Id Long id; }

    @TempDir
    Path migrations;

    private static String count(TestDatabase db, String sql) {
        return db.column(sql).get(0);
    }

    @Test
    void killedDuringARevisionNothingOfItRemainsAndTheNextUpgradeCompletes(TestDatabase authoring) throws Exception {
        var s = new Scenario(authoring, migrations);
        String first = s.autogen(A.class).revision("a", false).revision().id();
        s.autogen(A.class).upgrade("head", m -> {});
        Path slow = s.autogen(A.class, B.class).revision("b", false).file().orElseThrow();
        // the table is created first, then the revision keeps working: the kill lands inside its transaction
        Files.writeString(slow, Files.readString(slow).replace("primaryKey(\"b_pkey\", \"id\"));",
                "primaryKey(\"b_pkey\", \"id\"));\n        op.execute(\"SELECT pg_sleep(2)\");"));

        TestDatabase target = authoring.another();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), UpgradeMain.class.getName(),
                target.url(), target.user(), target.password(), migrations.toString()).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(target, "SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(2)'").equals("0")) {
            assertThat(System.nanoTime()).as("the runner reached the slow step").isLessThan(deadline);
            Thread.sleep(20);
        }
        process.destroyForcibly();   // SIGKILL
        process.waitFor();
        // the server rolls the transaction back once it notices its client is gone (after the sleep)
        while (!count(target, "SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(2)'").equals("0")) Thread.sleep(50);

        assertThat(target.column("SELECT version_num FROM autogen_version")).containsExactly(first);
        assertThat(count(target, "SELECT count(*) FROM pg_tables WHERE tablename = 'b'")).isEqualTo("0");
        assertThat(count(target, "SELECT count(*) FROM pg_tables WHERE tablename = 'a'")).isEqualTo("1");

        assertThat(new Scenario(target, migrations).autogen(A.class, B.class).upgrade("head", m -> {})).hasSize(1);
        assertThat(new Scenario(target, migrations).autogen(A.class, B.class).check().clean()).isTrue();
    }
}
