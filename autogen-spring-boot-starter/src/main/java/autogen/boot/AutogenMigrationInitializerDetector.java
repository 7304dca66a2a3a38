package autogen.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.env.Environment;

/**
 * Tells Boot's database-initialization ordering that {@link AutogenMigrationInitializer} beans initialise the
 * database, so that the beans Boot knows to need it (EntityManagerFactory, JdbcTemplate, JdbcClient, those marked
 * {@code @DependsOnDatabaseInitialization}) and its SQL scripts (schema.sql, data.sql) come after them. Registered
 * in {@code META-INF/spring.factories}.
 *
 * <p>Not with {@code spring.jpa.defer-datasource-initialization=true}: Boot then makes every initializer it detects
 * wait for the EntityManagerFactory, while the migrations must come before it (the auto-configuration's explicit
 * dependency), which would be a cycle. Undetected, the migrations still precede JPA, and the deferred scripts,
 * which wait for JPA, follow both.
 */
class AutogenMigrationInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    private final Environment environment;

    AutogenMigrationInitializerDetector(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        boolean deferred = environment.getProperty("spring.jpa.defer-datasource-initialization", boolean.class, false);
        return deferred ? Set.of() : Set.of(AutogenMigrationInitializer.class);
    }

    /** After Flyway's (1), should an application have both; before the SQL scripts. */
    @Override
    public int getOrder() {
        return 2;
    }
}
