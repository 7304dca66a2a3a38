package autogen.runtime;

import autogen.DatabaseException;
import autogen.config.AutogenConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/** Where migrations run: a live database by URL, an application's DataSource, or the embedded default. */
public interface Database extends AutoCloseable {

    Connection connect();

    /** How to name this database to a user: the URL with any password masked, or "the embedded database". */
    String describe();

    boolean embedded();

    @Override
    void close();

    static Database live(String url, Optional<String> user, Optional<String> password) {
        return new Database() {
            @Override
            public Connection connect() {
                var properties = new Properties();
                user.ifPresent(u -> properties.setProperty("user", u));
                password.ifPresent(p -> properties.setProperty("password", p));
                // fail fast on an unreachable host instead of the driver's default of waiting on the OS
                if (!url.contains("connectTimeout")) properties.setProperty("connectTimeout", "10");
                try {
                    return DriverManager.getConnection(url, properties);
                } catch (SQLException e) {
                    throw DatabaseException.of("cannot connect to " + describe()
                            + " (check url, user and password, or AUTOGEN_URL/AUTOGEN_USER/AUTOGEN_PASSWORD)", e);
                }
            }

            @Override
            public String describe() {
                return AutogenConfig.masked(url);
            }

            @Override
            public boolean embedded() {
                return false;
            }

            @Override
            public void close() {}
        };
    }

    static Database of(DataSource dataSource, String description) {
        return new Database() {
            @Override
            public Connection connect() {
                try {
                    return dataSource.getConnection();
                } catch (SQLException e) {
                    throw DatabaseException.of("cannot connect to " + description, e);
                }
            }

            @Override
            public String describe() {
                return description;
            }

            @Override
            public boolean embedded() {
                return false;
            }

            @Override
            public void close() {}
        };
    }

    /**
     * A PostgreSQL 17 started from the Maven artifact that autogen ships with: no install, no Docker. It lives
     * until {@link #close()}, in a temporary folder that closing removes.
     */
    static Database embeddedDefault() {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseException("cannot start the embedded PostgreSQL: " + e.getMessage()
                    + " (it needs a writable temporary folder; or set url in autogen.properties to use your own database)", e);
        }
        DataSource dataSource = server.getPostgresDatabase();
        return new Database() {
            @Override
            public Connection connect() {
                try {
                    return dataSource.getConnection();
                } catch (SQLException e) {
                    throw DatabaseException.of("cannot connect to the embedded PostgreSQL", e);
                }
            }

            @Override
            public String describe() {
                return "the embedded database";
            }

            @Override
            public boolean embedded() {
                return true;
            }

            @Override
            public void close() {
                try {
                    server.close();
                } catch (IOException e) {
                    // a stopped embedded server that leaves a temporary folder behind is not worth failing for
                }
            }
        };
    }
}
