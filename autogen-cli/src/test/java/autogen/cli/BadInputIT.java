package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile input through the CLI, the jar in a process of its own: the exit code, one line saying what to
 * do, and the database unchanged.
 */
class BadInputIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path project;

    /** {@code url} null: the embedded default. */
    private void configure(String url, String user, String entities) {
        if (url == null) CliDatabases.configure(project, entities);
        else CliDatabases.configure(project, entities, "url=" + url, "user=" + user);
    }

    private static List<String> tables(CliDatabases.Db database) {
        return database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    private CliProcess run(String... args) {
        return CliProcess.run(project, args);
    }

    /** A hand-written migration: {@code body} is the upgrade's code. */
    private void migration(String className, String id, String down, String body) throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/" + className + ".java"), """
                package app.migrations;
                import static autogen.migration.Dsl.*;
                import autogen.migration.*;
                @Revision(id = "%s"%s)
                public final class %s implements Migration {
                    public void upgrade(Ops op) { %s }
                    public void downgrade(Ops op) { }
                }
                """.formatted(id, down == null ? "" : ", down = \"" + down + "\"", className, body));
    }

    private static void oneLine(CliProcess r, int exitCode, String contains) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
        assertThat(r.err()).startsWith("error: ").contains(contains).hasLineCount(1);
    }

    @Test
    void aMissingDatabase() throws Exception {
        configure("jdbc:postgresql://localhost:" + databases.port() + "/no_such_database", "postgres", "autogen.cli.fixtures.v1");
        oneLine(run("current"), 3, "database \"no_such_database\" does not exist");
    }

    @Test
    void aUserWithoutDdlRightsChangesNothing() throws Exception {
        var db = databases.create();
        db.execute("DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        configure(db.url(), "reader", "autogen.cli.fixtures.v1");
        migration("V1", "aaaaaaaaaaa1", null, "op.createTable(\"customer\", column(\"id\", \"bigint\").notNull());");
        oneLine(run("upgrade", "head"), 3, "permission denied for schema public");
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void aPackageWithoutEntities() throws Exception {
        configure(null, null, "autogen.cli.fixtures.nothing_here");
        oneLine(run("revision", "-m", "x"), 2, "no @Entity classes in packages [autogen.cli.fixtures.nothing_here]");
    }

    @Test
    void aMappingHibernateRejects() throws Exception {
        configure(null, null, "autogen.cli.fixtures.bad");
        oneLine(run("revision", "-m", "x"), 2, "Hibernate rejects the entity mapping");
    }

    @Test
    void ambiguousUnknownDuplicateAndCyclicRevisions() throws Exception {
        var db = databases.create();
        configure(db.url(), "postgres", "autogen.cli.fixtures.v1");
        migration("V1", "abc000000001", null, "");
        migration("V2", "abc000000002", "abc000000001", "");
        oneLine(run("upgrade", "abc"), 3, "revision prefix abc is ambiguous: [abc000000001, abc000000002]");
        oneLine(run("upgrade", "fff"), 3, "unknown revision fff");
        migration("V3", "abc000000002", "abc000000001", "");
        oneLine(run("history"), 3, "two revisions have id abc000000002");
        Files.delete(project.resolve("migrations/V3.java"));
        migration("V1", "abc000000001", "abc000000002", "");
        oneLine(run("history"), 3, "form a cycle");
        assertThat(tables(db)).isEmpty();
    }

    /**
     * An unknown or ambiguous revision is the same error in every command that names one: exit 3, as the README's
     * table of exit codes says, even where the history is empty and there is nothing to move.
     */
    @Test
    void anUnknownOrAmbiguousRevisionIsExit3InEveryCommand() throws Exception {
        var db = databases.create();
        configure(db.url(), "postgres", "autogen.cli.fixtures.v1");
        for (var args : List.of(List.of("upgrade", "fff"), List.of("downgrade", "fff"), List.of("lint", "fff"),
                List.of("revision", "-m", "x", "--head", "fff")))
            oneLine(run(args.toArray(String[]::new)), 3, "unknown revision fff: run `autogen history` to list the revisions");
        assertThat(project.resolve("migrations")).doesNotExist();

        migration("V1", "abc000000001", null, "");
        migration("V2", "abc000000002", "abc000000001", "");
        for (var args : List.of(List.of("upgrade", "fff"), List.of("upgrade", "--sql", "fff"), List.of("downgrade", "fff"),
                List.of("show", "fff"), List.of("history", "-r", "fff:head"), List.of("stamp", "fff"),
                List.of("merge", "-m", "x", "fff", "abc000000001"), List.of("revision", "-m", "x", "--head", "fff"),
                List.of("lint", "fff")))
            oneLine(run(args.toArray(String[]::new)), 3, "unknown revision fff: run `autogen history` to list the revisions");
        for (var args : List.of(List.of("show", "abc"), List.of("stamp", "abc"), List.of("merge", "-m", "x", "abc", "abc000000001"),
                List.of("revision", "-m", "x", "--head", "abc")))
            oneLine(run(args.toArray(String[]::new)), 3, "revision prefix abc is ambiguous: [abc000000001, abc000000002]; give more digits");
        try (var files = Files.list(project.resolve("migrations"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("V1.java", "V2.java");
        }
        assertThat(tables(db)).isEmpty();

        // the database at a revision the history lacks
        assertThat(run("upgrade", "head").exitCode()).isZero();
        db.execute("UPDATE autogen_version SET version_num = 'fffffffff000'");
        oneLine(run("current"), 3, "the database is at revision fffffffff000, which is not in the migration history");
    }

    @Test
    void aMigrationThatThrowsOrDoesNotCompile() throws Exception {
        var db = databases.create();
        configure(db.url(), "postgres", "autogen.cli.fixtures.v1");
        migration("V1", "aaaaaaaaaaa1", null, "throw new IllegalStateException(\"boom\");");
        oneLine(run("upgrade", "head"), 3, "failed in its upgrade(): boom");
        migration("V1", "aaaaaaaaaaa1", null, "op.createTable(\"x\" column);");
        oneLine(run("upgrade", "head"), 3, "a migration does not compile: ");
        assertThat(run("upgrade", "head").err()).contains("V1.java:6: ");
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void namesWithSpacesSemicolonsCommentsUnicodeAndReservedWordsAreQuotedEverywhere() throws Exception {
        var db = databases.create();
        configure(db.url(), "postgres", "autogen.cli.fixtures.weird");
        CliProcess revision = run("revision", "-m", "weird names");
        assertThat(revision.exitCode()).as(revision.err()).isZero();
        CliProcess upgrade = run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(tables(db)).containsExactly("Order Lines; -- x", "autogen_version", "autogen_version_history");
        assertThat(run("check").exitCode()).isZero();
        assertThat(run("downgrade", "base").exitCode()).isZero();
        assertThat(tables(db)).containsExactly("autogen_version", "autogen_version_history");
    }
}
