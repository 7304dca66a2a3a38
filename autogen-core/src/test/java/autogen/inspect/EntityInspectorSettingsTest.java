package autogen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.model.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application's Hibernate settings shape the mapping, so autogen reads the entities under them too. */
class EntityInspectorSettingsTest {

    @Entity(name = "OrderLine")
    static class OrderLine { @Id Long id; String unitPrice; }

    @Test
    void withoutSettingsHibernateKeepsJavaNamesWhichPostgresFolds() {
        var table = EntityInspector.forClasses(List.of(OrderLine.class)).read().tables().get(0);
        assertThat(table.name()).isEqualTo("orderline");
        assertThat(table.columns()).extracting(Column::name).containsExactly("id", "unitprice");
    }

    @Test
    void aPhysicalNamingStrategyLikeSpringBootsGivesSnakeCase() {
        var table = EntityInspector.forClasses(List.of(OrderLine.class))
                .withSettings(Map.of("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"))
                .read().tables().get(0);
        assertThat(table.name()).isEqualTo("order_line");
        assertThat(table.columns()).extracting(Column::name).containsExactly("id", "unit_price");
    }
}
