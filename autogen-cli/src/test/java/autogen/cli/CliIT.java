package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a user runs it, the jar in a process of its own: every command, its exit code, and the one-line errors.
 * One embedded PostgreSQL for the class, with password authentication switched on so that a wrong password is
 * really refused.
 */
class CliIT {

    @RegisterExtension
    static final CliDatabases databases = CliDatabases.withPasswordAuthentication();

    @TempDir
    Path project;

    /** Where the processes start: not the project, which they find through -C. */
    @TempDir
    Path elsewhere;

    private CliProcess run(Map<String, String> env, String... args) {
        return CliProcess.run(elsewhere, env, args);
    }

    private CliProcess run(String... args) {
        return run(Map.of(), args);
    }

    /** The project's configuration: {@code database} (null: the embedded default) as user app, the fixtures in {@code entities}. */
    private void configure(CliDatabases.Db database, String entities) {
        var settings = new ArrayList<String>();
        if (database != null) settings.addAll(List.of("url=" + database.url(), "user=" + CliDatabases.APP_USER));
        CliDatabases.configure(project, entities, settings.toArray(String[]::new));
    }

    private static Map<String, String> password() {
        return Map.of("AUTOGEN_PASSWORD", CliDatabases.APP_PASSWORD);
    }

    @Test
    void wholeWorkflowOnALiveDatabase() throws Exception {
        var database = databases.create();
        configure(database, "autogen.cli.fixtures.v1");
        String dir = project.toString();

        CliProcess first = run(password(), "-C", dir, "revision", "-m", "create customers");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Wrote ").contains("op.createTable(\"customer\"");
        String firstId = first.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12}).*", "$1");

        CliProcess behind = run(password(), "-C", dir, "check");
        assertThat(behind.exitCode()).isEqualTo(1);
        assertThat(behind.out()).startsWith("behind: ").contains("is not at the head of the history").contains(firstId)
                .doesNotContain("drift:");
        CliProcess behindJson = run(password(), "-C", dir, "check", "--format", "json");
        assertThat(behindJson.exitCode()).isEqualTo(1);
        assertThat(behindJson.out()).startsWith("{\"status\": \"behind\",\n \"problems\": [\"behind\"],\n \"pendingRevisions\": [\"")
                .contains(firstId).contains("\"editedRevisions\": []").contains("\"drift\": []");
        CliProcess notAtHead = run(password(), "-C", dir, "revision", "-m", "too early");
        assertThat(notAtHead.exitCode()).isEqualTo(3);
        assertThat(notAtHead.err()).contains("is at base but the history's head is " + firstId)
                .contains("autogen upgrade head").hasLineCount(1);
        CliProcess upgrade = run(password(), "-C", dir, "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).contains("Applied " + firstId);
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo(firstId);
        CliProcess clean = run(password(), "-C", dir, "check");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).startsWith("clean: no drift; the entities, the migrations and ");
        assertThat(run(password(), "-C", dir, "revision", "-m", "nothing").out()).contains("No changes detected");

        configure(database, "autogen.cli.fixtures.v2");
        CliProcess drift = run(password(), "-C", dir, "check");
        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out()).startsWith("drift: the entities differ from ")
                .contains("+ op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))").doesNotContain("behind:");
        CliProcess json = run(password(), "-C", dir, "check", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).startsWith("{\"status\": \"drift\",\n \"problems\": [\"drift\"],\n \"pendingRevisions\": [],")
                .contains("\"kind\": \"addColumn\"");

        CliProcess second = run(password(), "-C", dir, "revision", "-m", "add email");
        assertThat(second.exitCode()).as(second.err()).isZero();
        String secondId = second.out().replaceAll("(?s).*\\(revision ([0-9a-f]{12}).*", "$1");
        assertThat(run(password(), "-C", dir, "heads").out()).startsWith(secondId + " (head), add email");
        assertThat(run(password(), "-C", dir, "history").out())
                .isEqualTo(firstId + " -> " + secondId + " (head), add email\n<base> -> " + firstId + ", create customers\n");
        assertThat(run(password(), "-C", dir, "upgrade").exitCode()).isZero();
        CliProcess cleanJson = run(password(), "-C", dir, "check", "--format", "json");
        assertThat(cleanJson.exitCode()).as(cleanJson.all()).isZero();
        assertThat(cleanJson.out()).startsWith("{\"status\": \"clean\",\n \"problems\": [],\n \"pendingRevisions\": [],\n "
                + "\"editedRevisions\": [],\n \"drift\": [],\n \"heads\": [\"" + secondId + "\"],\n \"index\": null,\n");
        assertThat(run(password(), "-C", dir, "current", "-v").out()).startsWith(secondId + ", add email, created ").contains("(head)");
        assertThat(run(password(), "-C", dir, "history", "-v").out()).contains("    op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))");
        assertThat(run(password(), "-C", dir, "history", "-r", firstId + ":" + firstId).out())
                .isEqualTo("<base> -> " + firstId + ", create customers\n");
        CliProcess show = run(password(), "-C", dir, "show", secondId.substring(0, 6));
        assertThat(show.out()).startsWith("revision " + secondId + ", add email\nfollows  " + firstId)
                .contains("safe                   op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))")
                .contains("  ALTER TABLE customer ADD COLUMN email varchar(320);")
                .contains("DELETE FROM autogen_version WHERE version_num = '" + firstId + "';");

        CliProcess sql = run(password(), "-C", dir, "upgrade", "head", "--sql");
        assertThat(sql.out()).contains("CREATE TABLE customer (").contains("ALTER TABLE customer ADD COLUMN email varchar(320)")
                .contains("INSERT INTO autogen_version (version_num) VALUES ('" + secondId + "')");

        CliProcess downSql = run(password(), "-C", dir, "downgrade", "head:base", "--sql");
        assertThat(downSql.out()).contains("ALTER TABLE customer DROP COLUMN email").contains("DROP TABLE customer")
                .contains("DELETE FROM autogen_version WHERE version_num = '" + firstId + "'");
        assertThat(run(password(), "-C", dir, "downgrade", "-1").out()).contains("Undid " + secondId);
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo(firstId);
        assertThat(run(password(), "-C", dir, "downgrade", "base").exitCode()).isZero();
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo("base (no revision applied)");

        assertThat(run(password(), "-C", dir, "stamp", "head").out()).isEqualTo("Stamped " + secondId + ".\n");
        assertThat(run(password(), "-C", dir, "current").out().strip()).isEqualTo(secondId);
        CliProcess merge = run(password(), "-C", dir, "merge", "-m", "nothing to join", "heads");
        assertThat(merge.exitCode()).isEqualTo(2);
        assertThat(merge.err()).contains("merge needs at least two revisions").hasLineCount(1);
    }

    @Test
    void embeddedDefaultReplaysTheHistoryWithoutAnyDatabaseConfigured() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        CliProcess first = run("-C", dir, "revision", "-m", "initial");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Wrote ");
        assertThat(first.progress()).contains("autogen: starting the embedded PostgreSQL ...")
                .anyMatch(line -> line.startsWith("autogen: comparing the entities with the embedded database: done in "));
        assertThat(run("-C", dir, "check").exitCode()).isZero();
        assertThat(run("-C", dir, "revision", "-m", "again").out()).contains("No changes detected");
        CliProcess dryRun = run("-C", dir, "upgrade", "head");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Applied ").contains("throwaway embedded database");
        assertThat(run("-C", dir, "downgrade", "base").out()).contains("Undid ").contains("throwaway embedded database");
        CliProcess current = run("-C", dir, "current");
        assertThat(current.exitCode()).isEqualTo(2);
        assertThat(current.err()).contains("current needs a database").hasLineCount(1);
        configure(null, "autogen.cli.fixtures.v2");
        assertThat(run("-C", dir, "check").exitCode()).isEqualTo(1);
    }

    private CliProcess runWithInput(String input, String... args) {
        return CliProcess.runWithInput(elsewhere, input, args);
    }

    /** Asked for with --renames ask, as a terminal would have it (TerminalIT runs the jar on a pseudo-terminal). */
    @Test
    void aLikelyRenameIsAskedAboutAndTheAnswerOnStandardInputIsTaken() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v3");

        CliProcess yes = runWithInput("y\n", "-C", dir, "revision", "-m", "rename", "--renames", "ask");
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("Did you rename customer.name to customer.full_name (varchar(255))? [y/N] ")
                .contains("op.renameColumn(\"customer\", \"name\", \"full_name\")");
        String file = yes.out().replaceAll("(?s).*Wrote (\\S+\\.java).*", "$1");
        assertThat(Files.readString(Path.of(file))).contains("// likely rename of customer.name to customer.full_name");
        Files.delete(Path.of(file));

        CliProcess no = runWithInput("n\n", "-C", dir, "revision", "-m", "drop and add", "--renames", "ask");
        assertThat(no.exitCode()).as(no.err()).isZero();
        assertThat(no.out()).contains("Did you rename customer.name").contains("op.dropColumn(\"customer\", \"name\")")
                .doesNotContain("op.renameColumn");
    }

    /** A whole "yes" is a yes too; the answer is read after the question is flushed to a pipe. */
    @Test
    void theRenameQuestionTakesYesSpelledOut() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v3");
        CliProcess yes = runWithInput("yes\n", "-C", dir, "revision", "-m", "rename", "--renames", "ask");
        assertThat(yes.exitCode()).as(yes.all()).isZero();
        assertThat(yes.out()).contains("Did you rename customer.name to customer.full_name (varchar(255))? [y/N] ")
                .contains("op.renameColumn(\"customer\", \"name\", \"full_name\")");
    }

    @Test
    void withoutATerminalRenamesAreDecidedByScoreAndNeverMeansDropAndAdd() throws Exception {
        configure(null, "autogen.cli.fixtures.v1");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v3");
        CliProcess never = run("-C", dir, "revision", "-m", "never", "--renames", "never");
        assertThat(never.out()).contains("op.dropColumn(\"customer\", \"name\")").doesNotContain("Did you rename");
        Files.delete(Path.of(never.out().replaceAll("(?s).*Wrote (\\S+\\.java).*", "$1")));
        CliProcess auto = run("-C", dir, "revision", "-m", "auto");
        assertThat(auto.out()).contains("op.renameColumn(\"customer\", \"name\", \"full_name\")").doesNotContain("Did you rename");
    }

    @Test
    void lintFailsOnAnUnacknowledgedDestructiveStepUntilTheRevisionAcknowledgesIt() throws Exception {
        configure(null, "autogen.cli.fixtures.v2");
        String dir = project.toString();
        assertThat(run("-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        configure(null, "autogen.cli.fixtures.v1");
        CliProcess drop = run("-C", dir, "revision", "-m", "drop email");
        assertThat(drop.out()).containsPattern("AG102 destroys +op.dropColumn\\(\"customer\", \"email\"\\)");
        String file = drop.out().replaceAll("(?s).*Wrote (\\S+\\.java).*", "$1");

        CliProcess lint = run("-C", dir, "lint");
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).contains("UNACKNOWLEDGED AG102: drops customer.email and its data")
                .endsWith("2 revision(s), 1 unacknowledged destructive step(s)\n");

        Path source = Path.of(file);
        Files.writeString(source, Files.readString(source).replace("\"\n)\npublic final class", "\",\n        acknowledged = \"AG102\"\n)\npublic final class"));
        CliProcess acknowledged = run("-C", dir, "lint");
        assertThat(acknowledged.exitCode()).as(acknowledged.out() + acknowledged.err()).isZero();
        assertThat(acknowledged.out()).endsWith("2 revision(s), 0 unacknowledged destructive step(s)\n");
    }

    @Test
    void onALiveDatabaseTheSummarySaysHowManyRowsARiskyStepTouches() throws Exception {
        var database = databases.create();
        configure(database, "autogen.cli.fixtures.v2");
        String dir = project.toString();
        assertThat(run(password(), "-C", dir, "revision", "-m", "initial").exitCode()).isZero();
        assertThat(run(password(), "-C", dir, "upgrade").exitCode()).isZero();
        database.execute("INSERT INTO customer (name, email) VALUES ('a', 'a@x'), ('b', 'b@x'), ('c', 'c@x')");
        database.execute("ANALYZE customer");
        configure(database, "autogen.cli.fixtures.v1");
        CliProcess drop = run(password(), "-C", dir, "revision", "-m", "drop email");
        assertThat(drop.out()).containsPattern("AG102 destroys \\(~3 rows\\) +op.dropColumn\\(\"customer\", \"email\"\\)");
    }

    @Test
    void initWritesTheTemplateConfigurationAndMigrationsFolder() throws IOException {
        CliProcess init = run("-C", project.toString(), "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.readString(project.resolve("autogen.properties"))).contains("migrations.package=");
        assertThat(project.resolve("src/main/java/com/example/app/migrations/README.md")).exists();
        CliProcess again = run("-C", project.toString(), "init");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void initInACompiledMavenProjectTakesItsEntityPackagesAndPutsTheMigrationsBesideThem() throws IOException {
        Path classes = project.resolve("target/classes");
        for (String entity : List.of("autogen/cli/fixtures/v1/Customer.class", "autogen/cli/fixtures/note/v1/Note.class",
                "autogen/cli/CliProcess.class")) {
            Path copy = classes.resolve(entity.replace("autogen/cli/CliProcess", "other/NotAnEntity"));
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of("target/test-classes").resolve(entity), copy);
        }

        CliProcess init = run("-C", project.toString(), "init");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("the entities of autogen.cli.fixtures.note.v1, autogen.cli.fixtures.v1, the migrations in "
                + "autogen.cli.fixtures.migrations");
        assertThat(Files.readString(project.resolve("autogen.properties")))
                .contains("\nentities=autogen.cli.fixtures.note.v1,autogen.cli.fixtures.v1\n")
                .contains("\nmigrations.package=autogen.cli.fixtures.migrations\n")
                .contains("\nmigrations.dir=src/main/java/autogen/cli/fixtures/migrations\n")
                .contains("\n# Where the entities are");   // the template's comments stay
        CliProcess revision = run("-C", project.toString(), "revision", "-m", "initial");
        assertThat(revision.exitCode()).as(revision.all()).isZero();
        assertThat(revision.out()).startsWith("Wrote " + project.resolve("src/main/java/autogen/cli/fixtures/migrations/V"));
        assertThat(Files.readString(project.resolve("src/main/resources/autogen/cli/fixtures/migrations/autogen-migrations.idx")))
                .contains("\nautogen.cli.fixtures.migrations.V");
    }

    @Test
    void initForMavenPrintsThePomSnippetWithTheMigrationsBesideTheEntitiesAndRefusesAConfiguredPom() throws IOException {
        Path classes = project.resolve("target/classes/autogen/cli/fixtures/v1");
        Files.createDirectories(classes);
        Files.copy(Path.of("target/test-classes/autogen/cli/fixtures/v1/Customer.class"), classes.resolve("Customer.class"));
        Files.writeString(project.resolve("pom.xml"), "<project><artifactId>my-app</artifactId></project>\n");

        CliProcess init = run("-C", project.toString(), "init", "--maven");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("<artifactId>autogen-runtime</artifactId>\n  <version>" + System.getProperty("autogen.version"))
                .contains("<migrations.package>autogen.cli.fixtures.v1.migrations</migrations.package>")
                .contains("<goal>check</goal>");
        assertThat(project.resolve("autogen.properties")).doesNotExist();
        assertThat(project.resolve("src/main/java/autogen/cli/fixtures/v1/migrations/README.md")).exists();

        Files.writeString(project.resolve("pom.xml"), "<project><build><plugins><plugin><artifactId>autogen-maven-plugin</artifactId>"
                + "</plugin></plugins></build></project>\n");
        CliProcess again = run("-C", project.toString(), "init", "--maven");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already has autogen-maven-plugin").hasLineCount(1);
    }

    @Test
    void missingConfigurationFileIsAUsageError() {
        CliProcess r = run("-C", project.resolve("nowhere").toString(), "check");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: no configuration file ").contains("autogen init").hasLineCount(1);
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliProcess r = run("revision", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").hasLineCount(1);
    }

    @Test
    void unreachableDatabaseIsOneLineAndExit3() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1", "url=jdbc:postgresql://127.0.0.1:1/nothing", "user=app");
        CliProcess r = run(password(), "-C", project.toString(), "current");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: cannot connect to jdbc:postgresql://127.0.0.1:1/nothing").hasLineCount(1);
    }

    @Test
    void wrongPasswordIsOneLineExit3AndThePasswordIsNeverPrinted() throws Exception {
        configure(databases.create(), "autogen.cli.fixtures.v1");
        assertThat(run(password(), "-C", project.toString(), "current").exitCode()).as("the right password").isZero();
        CliProcess r = run(Map.of("AUTOGEN_PASSWORD", "hunter2-wrong"), "-C", project.toString(), "current");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("password authentication failed").hasLineCount(1).doesNotContain("hunter2-wrong");
        CliProcess debug = run(Map.of("AUTOGEN_PASSWORD", "hunter2-wrong"), "--debug", "-C", project.toString(), "current");
        assertThat(debug.exitCode()).isEqualTo(3);
        assertThat(debug.err()).contains("password authentication failed").contains("\tat ").doesNotContain("hunter2-wrong");
    }

    @Test
    void unknownRevisionIsOneLineExit3() throws Exception {
        configure(databases.create(), "autogen.cli.fixtures.v1");
        assertThat(run(password(), "-C", project.toString(), "revision", "-m", "initial").exitCode()).isZero();
        CliProcess r = run(password(), "-C", project.toString(), "upgrade", "ffffff");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: unknown revision ffffff: run `autogen history` to list the revisions\n");
    }
}
