package library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import autogen.boot.AutogenMigrationInitializer;
import autogen.migration.Revision;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started as it runs in production, on a real PostgreSQL (one embedded server for the class, a
 * fresh database per test): its generated migrations applied by the starter before Hibernate validates the
 * schema. Two instances (JVMs of their own) start at once on one database, and each revision is applied once.
 */
@ExtendWith(OutputCaptureExtension.class)
class LibraryApplicationIT {

    static EmbeddedPostgres postgres;
    static final AtomicInteger databases = new AtomicInteger();

    String database;
    DataSource dataSource;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = "library" + databases.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + database);
        }
        dataSource = postgres.getDatabase("postgres", database);
    }

    @Test
    void twoInstancesStartTogetherOnOneDatabaseAndEachRevisionIsAppliedOnce() throws Exception {
        // two JVMs, as two instances are: Boot's logging system is one per JVM, and two starts at once in one JVM
        // trip over it ("Unable to find Spring Environment in logger context")
        List<Instance> instances = List.of(Instance.start(arguments()), Instance.start(arguments()));
        for (Instance instance : instances) instance.awaitSuccess();

        List<String> history = revisionsOfTheIndex();
        assertThat(history).hasSize(2);
        String applied = "autogen: applied 2 revisions in \\d+ ms \\(" + history.get(0) + " create the schema, " + history.get(1)
                + " add book published on\\); the database was at base, now at " + history.get(1);
        String nothing = "autogen: no revision to apply; the database is at " + history.get(1);
        // one instance applied both revisions, holding the lock while the other was waiting for it ...
        var holder = instances.stream().filter(i -> i.output().contains(LockProbe.SAW_THE_OTHER)).toList();
        assertThat(holder).singleElement().satisfies(i -> assertThat(i.output()).containsPattern(applied).doesNotContain(nothing));
        // ... and the other, once it had the lock, found nothing left to apply
        var other = instances.stream().filter(i -> !holder.contains(i)).toList();
        assertThat(other).singleElement().satisfies(i -> assertThat(i.output()).contains(nothing).doesNotContainPattern(applied));

        // the database's own record: one upgrade per revision, and nothing else
        assertThat(query("SELECT version_num || ' ' || direction || ' ' || count(*) FROM autogen_version_history "
                + "GROUP BY version_num, direction ORDER BY min(applied_at)"))
                .containsExactly(history.get(0) + " upgrade 1", history.get(1) + " upgrade 1");
        assertThat(query("SELECT version_num FROM autogen_version")).containsExactly(history.get(1));
        // Spring Boot's names, which the generated migrations used and Hibernate validated
        assertThat(query("SELECT column_name FROM information_schema.columns WHERE table_name = 'book' ORDER BY 1"))
                .containsExactly("author_id", "created_at", "id", "published_on", "status", "title");

        // each instance stored a book, the same author's (added once), and read it back through JPA
        assertThat(instances).allSatisfy(i -> assertThat(i.output())
                .contains("library: The Dispossessed (1974-05-01, ON_LOAN) by Ursula K. Le Guin"));
        assertThat(query("SELECT a.full_name || ': ' || count(*) FROM book b JOIN author a ON a.id = b.author_id GROUP BY a.full_name"))
                .containsExactly("Ursula K. Le Guin: 2");
    }

    @Test
    void disabledLeavesTheDatabaseUntouched() throws SQLException {
        // without the migrations, Hibernate's validation fails on the empty database ...
        assertThatThrownBy(() -> start("--autogen.enabled=false").close())
                .hasRootCauseInstanceOf(SchemaManagementException.class).rootCause().hasMessageContaining("missing table");
        assertThat(tables()).isEmpty();

        // ... and with validation off the application starts, and autogen has done nothing
        try (var context = start("--autogen.enabled=false", "--spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(context.getBeansOfType(AutogenMigrationInitializer.class)).isEmpty();
        }
        assertThat(tables()).isEmpty();
    }

    @Test
    void aMissingMigrationsPackageFailsStartUpWithOneLineNamingTheProperty(CapturedOutput output) throws SQLException {
        String line = "autogen.migrations-package is not set: set it to the Java package of the application's migrations "
                + "(e.g. autogen.migrations-package=com.example.shop.migrations), or set autogen.enabled=false to start "
                + "without migrating";

        assertThatThrownBy(() -> start("--autogen.migrations-package=").close())
                .hasRootCauseInstanceOf(ConfigurationException.class).hasRootCauseMessage(line);
        // Boot's failure report carries the line as its description
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START").contains(line);
        assertThat(tables()).isEmpty();
    }

    @Test
    void theMigrationsPrecedeJpaWithDeferredDataSourceInitializationToo() throws SQLException {
        try (var context = start("--spring.jpa.defer-datasource-initialization=true")) {
            assertThat(context.getBean(AutogenMigrationInitializer.class).result().ids()).isEqualTo(revisionsOfTheIndex());
        }
        assertThat(query("SELECT version_num FROM autogen_version")).containsExactly(revisionsOfTheIndex().get(1));
    }

    @Test
    void theMainMethodMigratesStoresAndReadsABookAndLogsOneLine(CapturedOutput output) throws SQLException {
        LibraryApplication.main(arguments());

        assertThat(output.getOut()).containsOnlyOnce("autogen: applied 2 revisions in ")
                .contains("library: The Dispossessed (1974-05-01, ON_LOAN) by Ursula K. Le Guin");
        assertThat(query("SELECT title FROM book")).containsExactly("The Dispossessed");
    }

    /** The application in this JVM on this test's database. */
    private ConfigurableApplicationContext start(String... more) {
        var args = new ArrayList<>(List.of(arguments()));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(LibraryApplication.class).run(args.toArray(String[]::new));
    }

    private String[] arguments() {
        return new String[] {"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres", "--spring.main.banner-mode=off",
                // the embedded server's own log lines, which Boot's logging would show once it is set up
                "--logging.level.io.zonky=warn"};
    }

    /** The revision ids of library/migrations/autogen-migrations.idx, in its order (which is the history's). */
    private static List<String> revisionsOfTheIndex() {
        try (InputStream in = LibraryApplicationIT.class.getResourceAsStream("/library/migrations/autogen-migrations.idx")) {
            var ids = new ArrayList<String>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                if (!line.isBlank() && !line.startsWith("#"))
                    ids.add(Class.forName(line.strip()).getAnnotation(Revision.class).id());
            return ids;
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("cannot read the migration index", e);
        }
    }

    private List<String> tables() throws SQLException {
        return query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rs.next()) values.add(rs.getString(1));
            return values;
        }
    }

    /**
     * The application's own main in a JVM of its own, on the test class path, with the {@link LockProbe}: an instance
     * as it runs in production (it migrates, stores and reads a book, and stops).
     */
    record Instance(Process process, Path log) {

        static Instance start(String... arguments) throws IOException {
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    LibraryApplication.class.getName(), "--lock-probe.enabled=true"));
            command.addAll(List.of(arguments));
            Path log = Files.createTempFile(Path.of("target"), "instance-", ".log");
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Instance(process, log);
        }

        void awaitSuccess() throws Exception {
            // a bound against a hang, not a timing assertion: an instance starts in seconds
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the instance did not stop in 5 minutes:\n" + output());
            }
            assertThat(process.exitValue()).as(output()).isZero();
        }

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
