package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.inspect.EntityInspector;
import autogen.inspect.HibernateExport;
import autogen.naming.NamingConvention;
import autogen.render.OperationSource;
import autogen.tooling.Autogen;
import autogen.tooling.RevisionRequest;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NamingConvention}: the application's Hibernate and autogen read the entities with it and agree on every
 * name; switched on over a history written with Hibernate's hashed names, the next revision renames those keys and
 * indexes in place, and nothing else.
 */
@ExtendWith(PostgresExtension.class)
class NamingConventionIT {

    private static final Map<String, String> CONVENTION = Map.of("hibernate.implicit_naming_strategy", NamingConvention.class.getName());

    @TempDir
    Path migrations;

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "Orders") @Table(name = "orders", indexes = @Index(columnList = "placed_on"))
    static class Orders { @Id Long id; @ManyToOne Customer customer; java.time.LocalDate placed_on; }

    private int revisions;

    private Autogen autogen(Scenario scenario, Map<String, String> settings) {
        var clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z").plusSeconds(60L * revisions++), ZoneOffset.UTC);
        return new Autogen(scenario.config(), EntityInspector.forClasses(List.of(Customer.class, Orders.class)).withSettings(settings), clock);
    }

    @Test
    void hashedNamesBecomeTheConventionsByRenamesAlone(TestDatabase db) {
        var scenario = new Scenario(db, migrations);
        var first = autogen(scenario, Map.of()).revision(RevisionRequest.of("hashed names"));
        String hashedKey = first.plan().upgrade().stream().map(OperationSource::statement)
                .filter(s -> s.startsWith("op.addForeignKey")).findFirst().orElseThrow();
        assertThat(hashedKey).matches(".*foreignKey\\(\"fk[a-z0-9]{20,}\".*");
        autogen(scenario, Map.of()).upgrade("head", m -> {});

        var renamed = autogen(scenario, CONVENTION).revision(RevisionRequest.of("readable names"));
        assertThat(renamed.plan().upgrade()).extracting(OperationSource::statement).hasSize(2)
                .anySatisfy(s -> assertThat(s).startsWith("op.renameIndex(\"orders\", \"idx").endsWith(", \"ix_orders_placed_on\")"))
                .anySatisfy(s -> assertThat(s).startsWith("op.renameConstraint(\"orders\", \"fk")
                        .endsWith(", \"fk_orders_customer_id_customer\")"));
        autogen(scenario, CONVENTION).upgrade("head", m -> {});
        assertThat(autogen(scenario, CONVENTION).check().drift()).isEmpty();

        // the application's own Hibernate, with the same strategy, creates exactly these names
        TestDatabase exported = db.another();
        HibernateExport.create(List.of(Customer.class, Orders.class), exported.dataSource(), Map.copyOf(CONVENTION));
        assertThat(Scenario.read(exported)).isEqualTo(scenario.schema());
    }
}
