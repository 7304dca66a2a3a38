package autogen.boot;

import autogen.runtime.Migrator;

/**
 * A bean that adjusts the {@link Migrator} the auto-configuration builds, after the {@code autogen.*} properties are
 * applied: add a {@link autogen.runtime.MigrationCallback}, a class loader, or the migration classes themselves.
 * Several are applied in their {@link org.springframework.core.annotation.Order order}.
 *
 * <pre>{@code
 * @Bean
 * AutogenMigratorCustomizer auditMigrations(AuditLog log) {
 *     return builder -> builder.callback(MigrationCallback.afterEach(revision -> log.record(revision.id())));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AutogenMigratorCustomizer {

    void customize(Migrator.Builder builder);
}
