package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.tooling.Autogen;
import autogen.diff.RenameQuestioner;
import autogen.model.SchemaModel;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runners killed with SIGKILL at random moments of {@code upgrade head} and {@code downgrade base}, over a history
 * with transactional revisions and one that runs outside a transaction (concurrent index builds): after each kill,
 * running the same command again must finish without a hand fix, apply nothing twice and leave exactly the schema
 * of its target. A bounded program: {@code autogen.crash.kills} kills (6 by default; the README gives the command
 * for 100), placed by {@code autogen.crash.seed}.
 */
@ExtendWith(PostgresExtension.class)
class CrashIT {

    private static final int KILLS = Integer.getInteger("autogen.crash.kills", 6);
    private static final long SEED = Long.getLong("autogen.crash.seed", 20261201L);
    private static final int ROWS = 50_000;
    /** How long after the runner starts its run a kill may land: past the end of the longest run, so some land after it. */
    private static final int WINDOW_MS = 3000;

    @Entity(name = "A") @Table(name = "a")
    static class A { @Id Long id; Integer v; }

    @Entity(name = "A") @Table(name = "a", indexes = {@Index(name = "ix_a_v", columnList = "v"), @Index(name = "ix_a_v_id", columnList = "v, id")})
    static class AIndexed { @Id Long id; Integer v; }

    @Entity(name = "C") @Table(name = "c")
    static class C { @Id Long id; }

    @TempDir
    Path migrations;

    private static void slowDown(Path file, String method, String... statements) throws Exception {
        var steps = new StringBuilder();
        for (String sql : statements) steps.append("\n        op.execute(\"").append(sql).append("\");");
        Files.writeString(file, Files.readString(file).replace("public void " + method + "(Ops op) {",
                "public void " + method + "(Ops op) {" + steps));
    }

    /** A filled table (transactional), two concurrent index builds with pauses (outside a transaction), a table. */
    private void history(TestDatabase authoring) throws Exception {
        var s = new Scenario(authoring, migrations);
        Path first = s.autogen(A.class).revision(RevisionRequest.of("a")).file().orElseThrow();
        Files.writeString(first, Files.readString(first).replace("primaryKey(\"a_pkey\", \"id\"));",
                "primaryKey(\"a_pkey\", \"id\"));\n        op.execute(\"INSERT INTO a SELECT g, g FROM generate_series(1, " + ROWS
                        + ") g\");\n        op.execute(\"SELECT pg_sleep(0.3)\");"));
        s.autogen(A.class).upgrade("head", m -> {});
        Path second = s.autogen(AIndexed.class).revision(RevisionRequest.of("indexes").withSafeForms(true)).file().orElseThrow();
        assertThat(Files.readString(second)).contains("transactional = false").contains("op.createIndexConcurrently(");
        slowDown(second, "upgrade", "SELECT pg_sleep(0.2)");
        slowDown(second, "downgrade", "SELECT pg_sleep(0.2)");
        Files.writeString(second, Files.readString(second).replace("op.createIndexConcurrently(\"a\", index(\"ix_a_v_id\"",
                "op.execute(\"SELECT pg_sleep(0.2)\");\n        op.createIndexConcurrently(\"a\", index(\"ix_a_v_id\""));
        s.autogen(AIndexed.class).upgrade("head", m -> {});
        Path third = s.autogen(AIndexed.class, C.class).revision(RevisionRequest.of("c")).file().orElseThrow();
        slowDown(third, "upgrade", "SELECT pg_sleep(0.3)");
        slowDown(third, "downgrade", "SELECT pg_sleep(0.3)");
        s.autogen(AIndexed.class, C.class).upgrade("head", m -> {});
    }

    private Autogen autogen(TestDatabase db) {
        return new Scenario(db, migrations).autogen(AIndexed.class, C.class);
    }

    @Test
    void aRunnerKilledAnywhereLeavesADatabaseTheSameCommandFinishes(TestDatabase authoring) throws Exception {
        history(authoring);
        SchemaModel atHead = Scenario.read(authoring);
        String head = authoring.column("SELECT version_num FROM autogen_version").get(0);
        var random = new Random(SEED);
        var landed = new TreeMap<String, Integer>();
        var inconsistent = new ArrayList<String>();
        for (int kill = 0; kill < KILLS; kill++) {
            boolean up = random.nextBoolean();
            int delay = random.nextInt(WINDOW_MS);
            TestDatabase target = authoring.another();
            if (!up) autogen(target).upgrade("head", m -> {});
            killDuring(target, up, delay);
            landed.merge(where(target, up, head), 1, Integer::sum);
            String what = "kill " + kill + " (seed " + SEED + ", " + (up ? "upgrade" : "downgrade") + ", after " + delay + "ms)";
            try {
                if (up) autogen(target).upgrade("head", m -> {});
                else autogen(target).downgrade("base", m -> {});
            } catch (RuntimeException e) {
                inconsistent.add(what + ": running it again failed: " + e.getMessage());
                continue;
            }
            List<String> problems = problems(target, up ? List.of(head) : List.of(), up ? atHead : SchemaModel.EMPTY);
            if (!problems.isEmpty()) inconsistent.add(what + ": " + problems);
        }
        System.out.printf("%d kills (seed %d), landed %s: %d inconsistent outcomes or hand fixes needed%n", KILLS, SEED,
                landed, inconsistent.size());
        assertThat(inconsistent).isEmpty();
    }

    /** Starts the command in a process of its own and kills it {@code delay} ms after its run begins. */
    private void killDuring(TestDatabase target, boolean up, int delay) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), UpgradeMain.class.getName(),
                target.url(), target.user(), target.password(), migrations.toString(), up ? "upgrade" : "downgrade",
                up ? "head" : "base").redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var ready = CompletableFuture.runAsync(() -> {
            try {
                for (String line; (line = output.readLine()) != null; ) if (line.equals("ready")) return;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ready.get(60, TimeUnit.SECONDS);
        Thread.sleep(delay);
        process.destroyForcibly();   // SIGKILL
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Where the kill left the database, for the summary: which revision was half done, if any. */
    private static String where(TestDatabase target, boolean up, String head) {
        if (!target.column("SELECT 1 FROM pg_tables WHERE tablename = 'autogen_version_history'").isEmpty()
                && !target.column("SELECT 1 FROM autogen_version_history WHERE status <> 'done'").isEmpty())
            return "inside the non-transactional revision";
        List<String> version = target.column("SELECT to_regclass('autogen_version') IS NULL").get(0).equals("t")
                ? List.of() : target.column("SELECT version_num FROM autogen_version");
        boolean untouched = up ? version.isEmpty() : version.equals(List.of(head));
        boolean finished = up ? version.equals(List.of(head)) : version.isEmpty();
        return untouched ? "before the first revision committed" : finished ? "after the run" : "between revisions";
    }

    /** What is wrong with the database after the command ran again: version, schema, rows applied twice, leftovers. */
    private static List<String> problems(TestDatabase target, List<String> version, SchemaModel schema) {
        var problems = new ArrayList<String>();
        if (!target.column("SELECT version_num FROM autogen_version").equals(version)) problems.add("version table is "
                + target.column("SELECT version_num FROM autogen_version") + ", not " + version);
        if (!Scenario.read(target).equals(schema)) problems.add("schema differs from the target's");
        if (!target.column("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid").isEmpty())
            problems.add("INVALID indexes left: " + target.column("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid"));
        if (!target.column("SELECT 1 FROM autogen_version_history WHERE status <> 'done'").isEmpty())
            problems.add("a revision still marked running");
        if (!version.isEmpty() && !target.column("SELECT count(*) FROM a").equals(List.of(String.valueOf(ROWS))))
            problems.add("table a has " + target.column("SELECT count(*) FROM a") + " rows, not " + ROWS + ": applied twice");
        return problems;
    }
}
