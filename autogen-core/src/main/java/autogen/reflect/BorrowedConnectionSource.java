package autogen.reflect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Consumer;
import us.fatehi.utility.datasource.DatabaseConnectionSource;

/**
 * Lends the caller's connection to SchemaCrawler without giving it away. SchemaCrawler's own single-connection
 * source closes the connection when the source is closed, and checks it with {@code isValid} each time it is
 * handed out or returned, which the PostgreSQL driver answers with a round trip: nine of them for one table list,
 * more than the reader's own queries. Here {@code close} does nothing and {@code isValid} asks only the driver's
 * local state; a broken connection still fails on the first real query.
 */
final class BorrowedConnectionSource implements DatabaseConnectionSource {

    private final Connection lent;
    private Consumer<Connection> initializer = c -> {};
    private boolean initialized;

    BorrowedConnectionSource(Connection connection) {
        this.lent = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "isValid" -> !connection.isClosed();
                    default -> {
                        try {
                            yield method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    @Override
    public synchronized Connection get() {
        if (!initialized) {
            initialized = true;
            initializer.accept(lent);
        }
        return lent;
    }

    @Override
    public boolean releaseConnection(Connection connection) {
        return true;
    }

    @Override
    public synchronized void setFirstConnectionInitializer(Consumer<Connection> initializer) {
        this.initializer = initializer == null ? c -> {} : initializer;
    }

    @Override
    public void close() {}
}
