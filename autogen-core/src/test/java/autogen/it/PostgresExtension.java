package autogen.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded PostgreSQL per test class (starting one takes about two seconds); every {@link TestDatabase}
 * parameter is a fresh, empty database in it, so tests never see each other's tables.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        context.getStore(NAMESPACE).put("server", EmbeddedPostgres.builder().start());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        EmbeddedPostgres server = context.getStore(NAMESPACE).remove("server", EmbeddedPostgres.class);
        if (server != null) server.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmbeddedPostgres server = context.getRoot().getStore(NAMESPACE).get("server", EmbeddedPostgres.class);
        if (server == null) server = context.getStore(NAMESPACE).get("server", EmbeddedPostgres.class);
        String name = "test_" + DATABASES.incrementAndGet();
        try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new TestDatabase(server, name);
    }

    /** Starts a fresh database on the class's server; for tests that need more than one (the oracle, for instance). */
    public static TestDatabase another(TestDatabase sibling) {
        String name = "test_" + DATABASES.incrementAndGet();
        try (var c = sibling.server().getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new TestDatabase(sibling.server(), name);
    }
}
