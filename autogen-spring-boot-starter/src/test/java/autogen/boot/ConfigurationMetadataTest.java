package autogen.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepositoryJsonBuilder;

/**
 * The configuration metadata the build writes into the starter (what IDEs complete and document {@code autogen.*}
 * from), read back with Boot's own reader: every property, with its type, its description from the field's Javadoc
 * and its default.
 */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribedWithItsTypeAndDefault() throws Exception {
        Map<String, ConfigurationMetadataProperty> properties;
        try (InputStream in = starterMetadata().openStream()) {
            properties = ConfigurationMetadataRepositoryJsonBuilder.create(in).build().getAllProperties();
        }

        assertThat(properties).containsOnlyKeys("autogen.enabled", "autogen.migrations-package", "autogen.schema",
                "autogen.version-table", "autogen.lock-wait", "autogen.lock-timeout", "autogen.target",
                "autogen.transaction-per", "autogen.contract");
        assertThat(properties.values()).allSatisfy(p -> assertThat(p.getDescription()).as(p.getId()).isNotBlank());
        assertThat(properties.get("autogen.migrations-package").getDescription()).contains("Required when autogen is enabled");
        assertThat(properties.get("autogen.enabled").getDefaultValue()).isEqualTo(true);
        assertThat(properties.get("autogen.version-table").getDefaultValue()).isEqualTo("autogen_version");
        assertThat(properties.get("autogen.lock-wait").getType()).isEqualTo("java.time.Duration");
        assertThat(properties.get("autogen.lock-wait").getDefaultValue()).isEqualTo("10m");
        assertThat(properties.get("autogen.lock-timeout").getDefaultValue()).isNull();
        assertThat(properties.get("autogen.target").getDefaultValue()).isEqualTo("head");
        assertThat(properties.get("autogen.transaction-per").getDefaultValue()).isEqualTo("revision");
        assertThat(properties.get("autogen.contract").getDefaultValue()).isEqualTo(false);
    }

    /** The starter's own file: Boot's jars on the test class path carry one each. */
    private static URL starterMetadata() throws Exception {
        Path classes = Path.of(AutogenProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path metadata = classes.resolve("META-INF/spring-configuration-metadata.json");
        assertThat(metadata).as("written by spring-boot-configuration-processor").exists();
        assertThat(Files.size(metadata)).isPositive();
        return metadata.toUri().toURL();
    }
}
