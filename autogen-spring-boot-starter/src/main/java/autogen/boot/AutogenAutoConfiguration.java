package autogen.boot;

import autogen.ConfigurationException;
import autogen.runtime.Migrator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Applies the application's autogen migrations at start-up, the way Boot runs Flyway: once the DataSource exists
 * and before JPA, so that {@code spring.jpa.hibernate.ddl-auto=validate} sees the migrated schema.
 *
 * <p>The {@link AutogenMigrationInitializer} migrates when it is created. Two things make it come first: Boot's
 * database-initialization ordering ({@link AutogenMigrationInitializerDetector}), which makes the
 * EntityManagerFactory, JdbcTemplate, JdbcClient and beans marked {@code @DependsOnDatabaseInitialization} depend on
 * it; and an explicit dependency of the EntityManagerFactory, which holds even with
 * {@code spring.jpa.defer-datasource-initialization=true} (that setting defers Boot's SQL scripts, and must not let
 * Hibernate validate a schema that is not migrated yet).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(DatabaseInitializationDependencyConfigurer.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutogenProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class AutogenAutoConfiguration {

    /** The one line a start-up without the package fails with. */
    static final String MISSING_PACKAGE = "autogen.migrations-package is not set: set it to the Java package of the "
            + "application's migrations (e.g. autogen.migrations-package=com.example.shop.migrations), or set "
            + "autogen.enabled=false to start without migrating";

    @Bean
    @ConditionalOnMissingBean
    Migrator autogenMigrator(DataSource dataSource, AutogenProperties properties, ResourceLoader resourceLoader,
            ObjectProvider<AutogenMigratorCustomizer> customizers) {
        if (!StringUtils.hasText(properties.getMigrationsPackage())) throw new ConfigurationException(MISSING_PACKAGE);
        var builder = Migrator.builder(dataSource).migrationsPackage(properties.getMigrationsPackage().strip())
                .versionTable(properties.getVersionTable()).lockWait(properties.getLockWait())
                .transactionMode(properties.getTransactionPer()).target(properties.getTarget()).contract(properties.isContract())
                // the application's class loader, which sees the index inside a Boot jar's BOOT-INF/classes
                .classLoader(resourceLoader.getClassLoader());
        if (StringUtils.hasText(properties.getSchema())) builder.schema(properties.getSchema());
        if (properties.getLockTimeout() != null) builder.lockTimeout(properties.getLockTimeout());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    AutogenMigrationInitializer autogenMigrationInitializer(Migrator migrator) {
        return new AutogenMigrationInitializer(migrator);
    }

    /** The EntityManagerFactory waits for every {@link AutogenMigrationInitializer}, whoever defined it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor")
    static class EntityManagerFactoryAfterMigrations {

        // static: a BeanFactoryPostProcessor must not make its configuration class an early bean
        @Bean
        static EntityManagerFactoryDependsOnPostProcessor autogenEntityManagerFactoryDependsOn() {
            return new EntityManagerFactoryDependsOnPostProcessor(AutogenMigrationInitializer.class);
        }
    }
}
