package autogen.inspect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names PostgreSQL would cut into one are refused up front, never left to clash in the database. */
class LongNamesTest {

    @Entity(name = "Clash")
    static class Clash {
        @Id Long id;
        @Column(name = "a_column_name_that_goes_on_and_on_well_past_the_limit_of_postgres_one")
        String one;
        @Column(name = "a_column_name_that_goes_on_and_on_well_past_the_limit_of_postgres_two")
        String two;
    }

    @Test
    void twoColumnsCutToTheSameNameAreAConfigurationError() {
        assertThatThrownBy(() -> EntityInspector.forClasses(List.of(Clash.class)).read())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("table clash has two columns a_column_name_that_goes_on_and_on_well_past_the_limit_of_postgr:")
                .hasMessageContaining("PostgreSQL cuts names to 63 bytes");
    }
}
