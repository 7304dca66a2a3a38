package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a user runs it: every command, its exit code, and the one-line errors. One embedded PostgreSQL for
 * the class, with password authentication switched on so that a wrong password is really refused.
 */
class CliIT {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path project;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("ALTER USER postgres PASSWORD 'postgres'");
            s.execute("CREATE USER app PASSWORD 'secret' CREATEDB");
            var hba = Path.of(query(s, "SHOW hba_file"));
            Files.writeString(hba, "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n");
            s.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static String query(java.sql.Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String newDatabase() throws SQLException {
        String name = "cli_" + DATABASES.incrementAndGet();
        try (var c = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER app");
        }
        return server.getJdbcUrl("app", name).replaceAll("\\?.*", "");
    }

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.of(AutogenCommand.commandLine(env), args);
    }

    private CliRun run(String... args) {
        return run(Map.of(), args);
    }

    private void configure(String url, String entities) throws IOException {
        var lines = new StringBuilder();
        if (url != null) lines.append("url=").append(url).append("\nuser=app\n");
        lines.append("entities=").append(entities).append('\n')
                .append("classpath=").append(TEST_CLASSES.toString().replace("\\", "/")).append('\n')
                .append("migrations.package=app.migrations\nmigrations.dir=migrations\n");
        Files.writeString(project.resolve("autogen.properties"), lines.toString());
    }

    private Map<String, String> password() {
        var env = new HashMap<String, String>();
        env.put("AUTOGEN_PASSWORD", "secret");
        return env;
    }

    @Test
    void wholeWorkflowOnALiveDatabase() throws Exception {
        configure(newDatabase(), "autogen.cli.fixtures.v1");
        String dir = project.toString();

        CliRun first = run(password(), "-C", dir, "revision", "-m", "create customers");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Wrote ").contains("op.createTable(\"customer\"");
        String firstId = first.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12}).*", "$1");

        CliRun behind = run(password(), "-C", dir, "check");
        assertThat(behind.exitCode()).isEqualTo(1);
        assertThat(behind.out()).contains("is not at the head of the history").contains(firstId);
        CliRun notAtHead = run(password(), "-C", dir, "revision", "-m", "too early");
        assertThat(notAtHead.exitCode()).isEqualTo(3);
        assertThat(notAtHead.err()).contains("is at base but the history's head is " + firstId)
                .contains("autogen upgrade head").hasLineCount(1);
        CliRun upgrade = run(password(), "-C", dir, "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).contains("Applied " + firstId);
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo(firstId);
        assertThat(run(password(), "-C", dir, "check").exitCode()).isZero();
        assertThat(run(password(), "-C", dir, "revision", "-m", "nothing").out()).contains("No changes detected");

        configure(newDatabaseUrlOf(dir), "autogen.cli.fixtures.v2");
        CliRun drift = run(password(), "-C", dir, "check");
        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out()).contains("+ op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))");
        CliRun json = run(password(), "-C", dir, "check", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).contains("\"kind\": \"addColumn\"");

        CliRun second = run(password(), "-C", dir, "revision", "-m", "add email");
        assertThat(second.exitCode()).as(second.err()).isZero();
        String secondId = second.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12}).*", "$1");
        assertThat(run(password(), "-C", dir, "heads").out()).startsWith(secondId + " (head), add email");
        assertThat(run(password(), "-C", dir, "history").out())
                .isEqualTo(firstId + " -> " + secondId + " (head), add email\n<base> -> " + firstId + ", create customers\n");
        assertThat(run(password(), "-C", dir, "upgrade").exitCode()).isZero();
        assertThat(run(password(), "-C", dir, "check").exitCode()).isZero();
        assertThat(run(password(), "-C", dir, "current", "-v").out()).startsWith(secondId + ", add email, created ").contains("(head)");
        assertThat(run(password(), "-C", dir, "history", "-v").out()).contains("    op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))");
        assertThat(run(password(), "-C", dir, "history", "-r", firstId + ":" + firstId).out())
                .isEqualTo("<base> -> " + firstId + ", create customers\n");
        CliRun show = run(password(), "-C", dir, "show", secondId.substring(0, 6));
        assertThat(show.out()).startsWith("revision " + secondId + ", add email\nfollows  " + firstId)
                .contains("safe                   op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))")
                .contains("  ALTER TABLE customer ADD COLUMN email varchar(320);")
                .contains("DELETE FROM autogen_version WHERE version_num = '" + firstId + "';");

        CliRun sql = run(password(), "-C", dir, "upgrade", "head", "--sql");
        assertThat(sql.out()).contains("CREATE TABLE customer (").contains("ALTER TABLE customer ADD COLUMN email varchar(320)")
                .contains("INSERT INTO autogen_version (version_num) VALUES ('" + secondId + "')");

        CliRun downSql = run(password(), "-C", dir, "downgrade", "head:base", "--sql");
        assertThat(downSql.out()).contains("ALTER TABLE customer DROP COLUMN email").contains("DROP TABLE customer")
                .contains("DELETE FROM autogen_version WHERE version_num = '" + firstId + "'");
        assertThat(run(password(), "-C", dir, "downgrade", "-1").out()).contains("Undid " + secondId);
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo(firstId);
        assertThat(run(password(), "-C", dir, "downgrade", "base").exitCode()).isZero();
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo("base (no revision applied)");

        assertThat(run(password(), "-C", dir, "stamp", "head").out()).isEqualTo("Stamped " + secondId + ".\n");
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo(secondId);
        CliRun merge = run(password(), "-C", dir, "merge", "-m", "nothing to join", "heads");
        assertThat(merge.exitCode()).isEqualTo(2);
        assertThat(merge.err()).contains("merge needs at least two revisions").hasLineCount(1);
    }

    /** The url line of the project's current configuration, so a re-configuration keeps the same database. */
    private String newDatabaseUrlOf(String dir) throws IOException {
        return Files.readAllLines(Path.of(dir, "autogen.properties")).stream().filter(l -> l.startsWith("url="))
                .findFirst().orElseThrow().substring(4);
    }

    @Test
    void embeddedDefaultReplaysTheHistoryWithoutAnyDatabaseConfigured() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        CliRun first = run("-C", dir, "revision", "-m", "initial");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("replayed into the embedded database").contains("Wrote ");
        assertThat(run("-C", dir, "check").exitCode()).isZero();
        assertThat(run("-C", dir, "revision", "-m", "again").out()).contains("No changes detected");
        CliRun dryRun = run("-C", dir, "upgrade", "head");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Applied ").contains("throwaway embedded database");
        assertThat(run("-C", dir, "downgrade", "base").out()).contains("Undid ").contains("throwaway embedded database");
        CliRun current = run("-C", dir, "current");
        assertThat(current.exitCode()).isEqualTo(2);
        assertThat(current.err()).contains("current needs a database").hasLineCount(1);
        configure(null, "autogen.cli.fixtures.v2");
        assertThat(run("-C", dir, "check").exitCode()).isEqualTo(1);
    }

    private CliRun runWithInput(String input, String... args) {
        return CliRun.of(AutogenCommand.commandLine(new AutogenCommand(Map.of(), new BufferedReader(new StringReader(input)), true)), args);
    }

    @Test
    void aLikelyRenameIsAskedAboutOnTheTerminalAndTheAnswerIsTaken() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v3");

        CliRun yes = runWithInput("y\n", "-C", dir, "revision", "-m", "rename");
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("Did you rename customer.name to customer.full_name (varchar(255))? [y/N] ")
                .contains("op.renameColumn(\"customer\", \"name\", \"full_name\")");
        String file = yes.out().replaceAll("(?s).*Wrote (\\S+\\.java).*", "$1");
        assertThat(Files.readString(Path.of(file))).contains("// likely rename of customer.name to customer.full_name");
        Files.delete(Path.of(file));

        CliRun no = runWithInput("n\n", "-C", dir, "revision", "-m", "drop and add");
        assertThat(no.exitCode()).as(no.err()).isZero();
        assertThat(no.out()).contains("Did you rename customer.name").contains("op.dropColumn(\"customer\", \"name\")")
                .doesNotContain("op.renameColumn");
    }

    /** The real process: main(), its exit code, and the question answered on its standard input. */
    @Test
    void theRenameQuestionIsAnsweredOnTheProcessStandardInput() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v3");
        var javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), AutogenCommand.class.getName(),
                "-C", dir, "revision", "-m", "rename", "--renames", "ask").redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write("yes\n".getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("Did you rename customer.name to customer.full_name (varchar(255))? [y/N] ")
                .contains("op.renameColumn(\"customer\", \"name\", \"full_name\")");
    }

    @Test
    void withoutATerminalRenamesAreDecidedByScoreAndNeverMeansDropAndAdd() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v3");
        CliRun never = run("-C", dir, "revision", "-m", "never", "--renames", "never");
        assertThat(never.out()).contains("op.dropColumn(\"customer\", \"name\")").doesNotContain("Did you rename");
        Files.delete(Path.of(never.out().replaceAll("(?s).*Wrote (\\S+\\.java).*", "$1")));
        CliRun auto = run("-C", dir, "revision", "-m", "auto");
        assertThat(auto.out()).contains("op.renameColumn(\"customer\", \"name\", \"full_name\")").doesNotContain("Did you rename");
    }

    @Test
    void lintFailsOnAnUnacknowledgedDestructiveStepUntilTheRevisionAcknowledgesIt() throws Exception {
        configure(null, "autogen.cli.fixtures.v2");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v1");
        CliRun drop = run("-C", dir, "revision", "-m", "drop email");
        assertThat(drop.out()).containsPattern("AG102 destroys +op.dropColumn\\(\"customer\", \"email\"\\)");
        String file = drop.out().replaceAll("(?s).*Wrote (\\S+\\.java).*", "$1");

        CliRun lint = run("-C", dir, "lint");
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).contains("UNACKNOWLEDGED AG102: drops customer.email and its data")
                .endsWith("2 revision(s), 1 unacknowledged destructive step(s)\n");

        Path source = Path.of(file);
        Files.writeString(source, Files.readString(source).replace("\"\n)\npublic final class", "\",\n        acknowledged = \"AG102\"\n)\npublic final class"));
        CliRun acknowledged = run("-C", dir, "lint");
        assertThat(acknowledged.exitCode()).as(acknowledged.out() + acknowledged.err()).isZero();
        assertThat(acknowledged.out()).endsWith("2 revision(s), 0 unacknowledged destructive step(s)\n");
    }

    @Test
    void onALiveDatabaseTheSummarySaysHowManyRowsARiskyStepTouches() throws Exception {
        String url = newDatabase();
        configure(url, "autogen.cli.fixtures.v2");
        String dir = project.toString();
        assertThat(run(password(), "-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        assertThat(run(password(), "-C", dir, "upgrade").exitCode()).isZero();
        try (var c = DriverManager.getConnection(url, "app", "secret"); var s = c.createStatement()) {
            s.execute("INSERT INTO customer (name, email) VALUES ('a', 'a@x'), ('b', 'b@x'), ('c', 'c@x')");
            s.execute("ANALYZE customer");
        }
        configure(url, "autogen.cli.fixtures.v1");
        CliRun drop = run(password(), "-C", dir, "revision", "-m", "drop email");
        assertThat(drop.out()).containsPattern("AG102 destroys \\(~3 rows\\) +op.dropColumn\\(\"customer\", \"email\"\\)");
    }

    @Test
    void initWritesTheTemplateConfigurationAndMigrationsFolder() throws IOException {
        CliRun init = run("-C", project.toString(), "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.readString(project.resolve("autogen.properties"))).contains("migrations.package=");
        assertThat(project.resolve("src/main/java/com/example/app/migrations/README.md")).exists();
        CliRun again = run("-C", project.toString(), "init");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void missingConfigurationFileIsAUsageError() {
        CliRun r = run("-C", project.resolve("nowhere").toString(), "check");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: no configuration file ").contains("autogen init").hasLineCount(1);
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = run("revision", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").hasLineCount(1);
    }

    @Test
    void unreachableDatabaseIsOneLineAndExit3() throws IOException {
        configure("jdbc:postgresql://127.0.0.1:1/nothing", "autogen.cli.fixtures.v1");
        CliRun r = run(password(), "-C", project.toString(), "current");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: cannot connect to jdbc:postgresql://127.0.0.1:1/nothing").hasLineCount(1);
    }

    @Test
    void wrongPasswordIsOneLineExit3AndThePasswordIsNeverPrinted() throws Exception {
        configure(newDatabase(), "autogen.cli.fixtures.v1");
        CliRun r = run(Map.of("AUTOGEN_PASSWORD", "hunter2-wrong"), "-C", project.toString(), "current");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("password authentication failed").hasLineCount(1).doesNotContain("hunter2-wrong");
        CliRun debug = run(Map.of("AUTOGEN_PASSWORD", "hunter2-wrong"), "--debug", "-C", project.toString(), "current");
        assertThat(debug.err()).doesNotContain("hunter2-wrong");
    }

    @Test
    void unknownRevisionIsOneLineExit3() throws Exception {
        configure(newDatabase(), "autogen.cli.fixtures.v1");
        assertThat(run(password(), "-C", project.toString(), "revision", "-m", "initial").exitCode()).isZero();
        CliRun r = run(password(), "-C", project.toString(), "upgrade", "ffffff");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: unknown revision ffffff: run `autogen history` to list the revisions\n");
    }
}
