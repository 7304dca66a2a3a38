package library;

import autogen.boot.AutogenMigratorCustomizer;
import autogen.runtime.MigrationCallback;
import autogen.runtime.RevisionPlan;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Makes two starting instances overlap for certain, whatever their speed: in the instance that takes the migration
 * lock, the first revision waits until another session is seen polling for that lock (autogen's runner polls
 * pg_try_advisory_lock on a connection that holds no advisory lock), and says so on standard output. The other
 * instance runs no revision, so it never waits here.
 *
 * <p>Registered in the test class path's {@code META-INF/spring.factories}, it joins an unchanged application only
 * with {@code --lock-probe.enabled=true}; it is no component, so the application's scan of the package never finds it.
 */
public class LockProbe implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SAW_THE_OTHER = "lock probe: holding the migration lock, saw the other instance waiting for it";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (!environment.getProperty("lock-probe.enabled", Boolean.class, false)) return;
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username");
        AutogenMigratorCustomizer probe = builder -> builder.callback(new MigrationCallback() {
            private boolean waited;

            @Override
            public void beforeRevision(RevisionPlan plan) {
                if (waited) return;
                awaitTheOther(url, user);
                waited = true;
                System.out.println(SAW_THE_OTHER);
            }
        });
        context.getBeanFactory().registerSingleton("lockProbe", probe);
    }

    private static void awaitTheOther(String url, String user) {
        // a bound against a hang, not a timing assertion
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (Connection c = DriverManager.getConnection(url, user, null); var waiting = c.prepareStatement("SELECT count(*) "
                + "FROM pg_stat_activity a WHERE a.datname = current_database() AND a.query LIKE 'SELECT pg_try_advisory_lock%' "
                + "AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'advisory' AND l.granted)")) {
            while (System.nanoTime() < deadline) {
                try (var rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) return;
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the lock probe cannot query the database", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the other instance was never seen waiting for the migration lock");
    }
}
