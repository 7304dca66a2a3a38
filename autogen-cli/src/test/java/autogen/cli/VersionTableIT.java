package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version table that says something impossible, or a history that is missing, is named by the commands that
 * read them, with the {@code stamp} that repairs it; {@code stamp} writes what {@code upgrade} writes.
 */
class VersionTableIT {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path project;

    private String database;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private void configure(String entities) throws IOException, SQLException {
        if (database == null) {
            database = "versions_" + DATABASES.incrementAndGet();
            try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
        }
        Files.writeString(project.resolve("autogen.properties"), "url=" + server.getJdbcUrl("postgres", database) + "\n"
                + "entities=" + entities + "\nclasspath=" + TEST_CLASSES.toString().replace("\\", "/")
                + "\nmigrations.package=app.migrations\nmigrations.dir=migrations\n");
    }

    private CliProcess autogen(String... args) {
        return CliProcess.run(project, args);
    }

    private List<String> column(String sql) throws SQLException {
        try (var c = server.getDatabase("postgres", database).getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            var out = new ArrayList<String>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    private void execute(String sql) throws SQLException {
        try (var c = server.getDatabase("postgres", database).getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Two revisions, both applied; returns their ids. */
    private String[] twoApplied() throws Exception {
        configure("autogen.cli.fixtures.v1");
        assertThat(autogen("revision", "-m", "customers").exitCode()).isZero();
        assertThat(autogen("upgrade", "head").exitCode()).isZero();
        configure("autogen.cli.fixtures.v2");
        assertThat(autogen("revision", "-m", "emails").exitCode()).isZero();
        assertThat(autogen("upgrade", "head").exitCode()).isZero();
        String second = column("SELECT version_num FROM autogen_version").get(0);
        String first = column("SELECT version_num FROM autogen_version_history ORDER BY applied_at").get(0);
        return new String[] {first, second};
    }

    @Test
    void aRevisionAndItsAncestorBothRecordedAreNamedWithTheStampThatRepairsIt() throws Exception {
        String[] ids = twoApplied();
        execute("INSERT INTO autogen_version VALUES ('" + ids[0] + "')");
        String repair = "repair the table with `autogen stamp " + ids[1] + "`";
        for (String command : List.of("current", "check", "upgrade")) {
            var run = autogen(command);
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
            assertThat(run.err()).as(command).contains("the version table lists " + String.join(", ", List.of(ids).stream().sorted().toList()))
                    .contains(ids[0] + " come(s) before " + ids[1]).contains(repair).hasLineCount(1);
        }
        assertThat(autogen("stamp", ids[1]).exitCode()).isZero();
        assertThat(autogen("current").out().strip()).isEqualTo(ids[1]);
        assertThat(autogen("check").exitCode()).isZero();
    }

    @Test
    void aRowNamingNoRevisionOfTheHistoryIsReplacedOnlyWithPurge() throws Exception {
        String[] ids = twoApplied();
        execute("UPDATE autogen_version SET version_num = 'deadbeef0000'");
        var current = autogen("current");
        assertThat(current.exitCode()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(current.err()).contains("the database is at revision deadbeef0000, which is not in the migration history")
                .contains("`autogen stamp --purge REV`");
        var refused = autogen("stamp", ids[1]);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(refused.err()).contains("replace the row with `autogen stamp --purge " + ids[1] + "`");
        assertThat(column("SELECT version_num FROM autogen_version")).containsExactly("deadbeef0000");
        assertThat(autogen("stamp", "--purge", ids[1]).exitCode()).isZero();
        assertThat(column("SELECT version_num FROM autogen_version")).containsExactly(ids[1]);
    }

    @Test
    void stampWritesTheHistoryAsUpgradeDoesAndAMissingHistoryIsNamedNotIgnored() throws Exception {
        configure("autogen.cli.fixtures.v1");
        assertThat(autogen("revision", "-m", "customers").exitCode()).isZero();
        execute("CREATE TABLE customer (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name varchar(255) NOT NULL)");
        var stamp = autogen("stamp", "head");
        assertThat(stamp.exitCode()).as(stamp.err()).isZero();
        assertThat(column("SELECT direction FROM autogen_version_history")).containsExactly("stamp");
        assertThat(autogen("check").exitCode()).isZero();

        Path migration;
        try (var files = Files.list(project.resolve("migrations"))) {
            migration = files.findFirst().orElseThrow();
        }
        String original = Files.readString(migration);
        Files.writeString(migration, original.replace("\"varchar(255)\"", "\"varchar(300)\""));
        var edited = autogen("check");
        assertThat(edited.exitCode()).isEqualTo(ExitCodes.DRIFT);
        assertThat(edited.out()).contains("was edited after it was applied");
        Files.writeString(migration, original);

        execute("DROP TABLE autogen_version_history");
        var check = autogen("check");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DRIFT);
        String head = column("SELECT version_num FROM autogen_version").get(0);
        assertThat(check.out()).contains("is applied, but autogen_version_history has no record of it, so autogen cannot tell "
                + "whether it was edited since: if it was not, record it with `autogen stamp " + head + "`");
        configure("autogen.cli.fixtures.v2");
        assertThat(autogen("revision", "-m", "emails").exitCode()).isZero();
        var upgrade = autogen("upgrade", "head");
        assertThat(upgrade.exitCode()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        assertThat(upgrade.err()).contains("has no record of it");
        assertThat(autogen("stamp", head).exitCode()).isZero();
        assertThat(autogen("upgrade", "head").exitCode()).isZero();
        assertThat(autogen("check").exitCode()).isZero();
    }
}
