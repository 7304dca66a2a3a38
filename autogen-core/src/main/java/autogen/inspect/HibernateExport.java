package autogen.inspect;

import autogen.DatabaseException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The oracle: Hibernate's own schema tooling creates the schema for some classes, exactly as an application with
 * {@code jakarta.persistence.schema-generation.database.action=create} would get it. Tests compare this schema
 * with the one autogen's migrations create.
 */
public final class HibernateExport {

    private HibernateExport() {}

    /** Creates the tables, sequences and constraints of these classes in the given (empty) database. */
    public static void create(List<Class<?>> classes, DataSource dataSource) {
        create(classes, dataSource, Map.of());
    }

    /** As {@link #create(List, DataSource)}, under these Hibernate settings too (a naming strategy). */
    public static void create(List<Class<?>> classes, DataSource dataSource, Map<String, Object> hibernateSettings) {
        ClassLoader loader = classes.isEmpty() ? HibernateExport.class.getClassLoader() : classes.get(0).getClassLoader();
        var settings = new java.util.HashMap<String, Object>(hibernateSettings);
        settings.putAll(Map.of(
                // the dialect and its version come from the connection, as in an application
                JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource,
                SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create",
                // schemas of @Table(schema = ...) too, as autogen's migrations create them
                SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, true,
                // by default Hibernate logs a failed statement and carries on: the oracle must fail instead
                SchemaToolingSettings.HBM2DDL_HALT_ON_ERROR, true));
        StandardServiceRegistry registry = EntityInspector.registry(loader, settings);
        try {
            Metadata metadata = EntityInspector.metadata(registry, classes);
            EntityInspector.withLoader(loader, () -> {
                SchemaManagementToolCoordinator.process(metadata, registry,
                        registry.requireService(ConfigurationService.class).getSettings(),
                        DelayedDropRegistryNotAvailableImpl.INSTANCE);
                return null;
            });
        } catch (HibernateException e) {
            throw new DatabaseException("Hibernate's schema export failed: " + String.valueOf(e.getMessage()).strip()
                    .replaceAll("\\s*\\R\\s*", " "), e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
