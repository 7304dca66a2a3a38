package autogen.boot;

import autogen.runtime.Migrator;
import autogen.runtime.Migrator.MigrationResult;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the migrations when the bean is created, which the auto-configuration places before the
 * EntityManagerFactory and every other bean that needs the database initialised (as Boot does with Flyway's
 * initializer). Define a bean of this type to replace the auto-configured one, for instance on another DataSource;
 * the EntityManagerFactory then waits for yours.
 */
public class AutogenMigrationInitializer implements InitializingBean {

    private static final Log log = LogFactory.getLog(AutogenMigrationInitializer.class);

    private final Migrator migrator;
    private volatile MigrationResult result;

    public AutogenMigrationInitializer(Migrator migrator) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    @Override
    public void afterPropertiesSet() {
        result = migrator.upgrade();
        log.info(summary(result));
    }

    /** What the start-up run did; null until it ran. */
    public MigrationResult result() {
        return result;
    }

    /**
     * The one line a run logs, e.g. {@code autogen: applied 1 revision in 41 ms (3f1c9e20aa41 create the schema);
     * the database was at base, now at 3f1c9e20aa41}, or {@code autogen: no revision to apply; the database is at
     * 3f1c9e20aa41}.
     */
    static String summary(MigrationResult result) {
        if (result.revisions().isEmpty()) return "autogen: no revision to apply; the database is at " + heads(result.headsAfter());
        String applied = result.revisions().stream().map(plan -> plan.id() + " " + plan.revision().info().message())
                .collect(Collectors.joining(", "));
        int n = result.revisions().size();
        return "autogen: applied " + n + (n == 1 ? " revision" : " revisions") + " in " + result.took().toMillis() + " ms ("
                + applied + "); the database was at " + heads(result.headsBefore()) + ", now at " + heads(result.headsAfter());
    }

    private static String heads(Set<String> heads) {
        return heads.isEmpty() ? "base" : heads.stream().sorted().collect(Collectors.joining(" and "));
    }
}
