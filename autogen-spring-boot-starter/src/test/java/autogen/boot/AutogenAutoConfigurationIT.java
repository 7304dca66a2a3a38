package autogen.boot;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.ConfigurationException;
import autogen.runtime.MigrationCallback;
import autogen.runtime.Migrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinitionCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configuration on a real PostgreSQL (one server for the class, a fresh database per test), through Boot's
 * ApplicationContextRunner: its conditions, the properties reaching the Migrator, customizers, a replaced
 * initializer, the EntityManagerFactory's dependency, and the start-up failures.
 */
class AutogenAutoConfigurationIT {

    static EmbeddedPostgres postgres;
    static final AtomicInteger databases = new AtomicInteger();

    DataSource dataSource;
    ApplicationContextRunner runner;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        String name = "app" + databases.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        dataSource = postgres.getDatabase("postgres", name);
        runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource);
    }

    @Test
    void appliesTheHistoryAtStartUpWithTheProperties() throws SQLException {
        runner.withPropertyValues("autogen.migrations-package=autogen.boot.fixture", "autogen.schema=app",
                "autogen.version-table=app_version", "autogen.transaction-per=run", "autogen.lock-wait=30s",
                "autogen.lock-timeout=5s").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(AutogenMigrationInitializer.class);
            var result = context.getBean(AutogenMigrationInitializer.class).result();
            assertThat(result.ids()).containsExactly("0a1b2c3d4e5f", "1b2c3d4e5f60");
            assertThat(AutogenMigrationInitializer.summary(result)).matches("autogen: applied 2 revisions in \\d+ ms "
                    + "\\(0a1b2c3d4e5f create note, 1b2c3d4e5f60 add note title\\); the database was at base, now at 1b2c3d4e5f60");
            var properties = context.getBean(AutogenProperties.class);
            assertThat(properties.getLockWait()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.getLockTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.getTransactionPer()).isEqualTo(Migrator.TransactionMode.RUN);
        });
        assertThat(query("SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema = 'app'"))
                .containsExactlyInAnyOrder("app.note", "app.app_version", "app.app_version_history");
        assertThat(query("SELECT column_name FROM information_schema.columns WHERE table_schema = 'app' AND table_name = 'note'"))
                .contains("title");
        assertThat(query("SELECT version_num FROM app.app_version")).containsExactly("1b2c3d4e5f60");
    }

    @Test
    void aSecondStartFindsNothingToApply() {
        var settings = new String[] {"autogen.migrations-package=autogen.boot.fixture"};
        runner.withPropertyValues(settings).run(context -> assertThat(context).hasNotFailed());

        runner.withPropertyValues(settings).run(context -> {
            var result = context.getBean(AutogenMigrationInitializer.class).result();
            assertThat(result.revisions()).isEmpty();
            assertThat(AutogenMigrationInitializer.summary(result))
                    .isEqualTo("autogen: no revision to apply; the database is at 1b2c3d4e5f60");
        });
    }

    @Test
    void nothingWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .withPropertyValues("autogen.migrations-package=autogen.boot.fixture")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(AutogenMigrationInitializer.class));
    }

    @Test
    void nothingWithTwoDataSourcesAndNoPrimary() {
        runner.withBean("other", DataSource.class, () -> dataSource)
                .withPropertyValues("autogen.migrations-package=autogen.boot.fixture")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AutogenMigrationInitializer.class));
    }

    @Test
    void disabledLeavesTheDatabaseUntouchedAndNeedsNoPackage() throws SQLException {
        runner.withPropertyValues("autogen.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(AutogenMigrationInitializer.class));

        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).isEmpty();
    }

    @Test
    void aMissingPackageFailsStartUpWithOneLineNamingTheProperty() throws SQLException {
        runner.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(rootCause(failure)).isInstanceOf(ConfigurationException.class)
                    .hasMessage(AutogenAutoConfiguration.MISSING_PACKAGE);
            assertThat(AutogenAutoConfiguration.MISSING_PACKAGE).startsWith("autogen.migrations-package is not set: ").doesNotContain("\n");
            FailureAnalysis analysis = new AutogenFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).isEqualTo(AutogenAutoConfiguration.MISSING_PACKAGE);
        });

        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).isEmpty();
    }

    @Test
    void aPackageWithoutAnIndexFailsStartUpNamingTheIndex() {
        runner.withPropertyValues("autogen.migrations-package=autogen.boot.nothing.here").run(context -> {
            assertThat(context).hasFailed();
            assertThat(new AutogenFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                    .startsWith("no migration index autogen/boot/nothing/here/autogen-migrations.idx on the class path");
        });
    }

    @Test
    void customizersAdjustTheMigratorInTheirOrder() throws SQLException {
        var applied = new ArrayList<String>();
        runner.withPropertyValues("autogen.migrations-package=autogen.boot.fixture")
                .withBean("second", AutogenMigratorCustomizer.class, () -> new Customizer(2, b -> b.target("0a1b2c3d4e5f")))
                .withBean("first", AutogenMigratorCustomizer.class, () -> new Customizer(1, b -> b.target("head")
                        .callback(MigrationCallback.afterEach(revision -> applied.add(revision.id())))))
                .run(context -> assertThat(context).hasNotFailed());

        // the later customizer's target wins over the earlier one's and over autogen.target
        assertThat(applied).containsExactly("0a1b2c3d4e5f");
        assertThat(query("SELECT version_num FROM autogen_version")).containsExactly("0a1b2c3d4e5f");
    }

    @Test
    void anInitializerOfTheApplicationReplacesTheAutoConfiguredOneAndJpaWaitsForIt() throws SQLException {
        runner.withPropertyValues("autogen.migrations-package=autogen.boot.fixture")
                .withBean("ownMigrations", AutogenMigrationInitializer.class, () -> new AutogenMigrationInitializer(
                        Migrator.builder(dataSource).migrationsPackage("autogen.boot.fixture").versionTable("own_version").build()))
                .withBean("entityManagerFactory", EntityManagerFactory.class, AutogenAutoConfigurationIT::neverCreated, lazy())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeanNamesForType(AutogenMigrationInitializer.class)).containsExactly("ownMigrations");
                    assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                            .contains("ownMigrations");
                });

        assertThat(query("SELECT version_num FROM own_version")).containsExactly("1b2c3d4e5f60");
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_name = 'autogen_version'")).isEmpty();
    }

    @Test
    void theEntityManagerFactoryDependsOnTheMigrationsEvenWithDeferredInitialization() {
        for (String deferred : List.of("false", "true"))
            runner.withPropertyValues("autogen.migrations-package=autogen.boot.fixture",
                            "spring.jpa.defer-datasource-initialization=" + deferred)
                    .withBean("entityManagerFactory", EntityManagerFactory.class, AutogenAutoConfigurationIT::neverCreated, lazy())
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                                .as("deferred: " + deferred).contains("autogenMigrationInitializer");
                        // nothing may make the migrations wait for JPA: that would be a cycle
                        assertThat(context.getBeanFactory().getBeanDefinition("autogenMigrationInitializer").getDependsOn())
                                .as("deferred: " + deferred).isNullOrEmpty();
                    });
    }

    @Test
    void theAutoConfigurationsItIsOrderedAgainstExist() {
        var order = AutogenAutoConfiguration.class.getAnnotation(AutoConfiguration.class);
        for (String name : order.beforeName())
            assertThat(getClass().getClassLoader().getResource(name.replace('.', '/') + ".class")).as(name).isNotNull();
        assertThat(order.after()).isNotEmpty();
    }

    /** A customizer with an order, as an application declares one with {@code @Order}. */
    record Customizer(int order, AutogenMigratorCustomizer body) implements AutogenMigratorCustomizer, org.springframework.core.Ordered {
        @Override
        public void customize(Migrator.Builder builder) {
            body.customize(builder);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    /**
     * An EntityManagerFactory as a lazy definition whose dependencies the tests read; JPA itself (with entities, on
     * Boot's Hibernate) starts in sample-boot's tests.
     */
    private static EntityManagerFactory neverCreated() {
        throw new IllegalStateException("the EntityManagerFactory's definition is read, never created");
    }

    private static BeanDefinitionCustomizer lazy() {
        return definition -> definition.setLazyInit(true);
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rs.next()) values.add(rs.getString(1));
            return values;
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t;
    }
}
