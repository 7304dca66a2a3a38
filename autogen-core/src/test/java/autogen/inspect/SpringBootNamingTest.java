package autogen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringBootNamingTest {

    @TempDir
    Path classes;

    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }

    private void bootOnTheClassPath() throws IOException {
        Path type = classes.resolve("org/springframework/boot/hibernate/SpringImplicitNamingStrategy.class");
        Files.createDirectories(type.getParent());
        Files.write(type, new byte[] {(byte) 0xCA, (byte) 0xFE});
    }

    @Test
    void withoutSpringBootHibernateKeepsItsOwnNaming() throws IOException {
        Files.writeString(classes.resolve("application.properties"), "spring.jpa.hibernate.naming.physical-strategy=x.Y\n");

        assertThat(SpringBootNaming.settings(loader())).isEmpty();
    }

    @Test
    void aBootApplicationGetsBootsNamingStrategies() throws IOException {
        bootOnTheClassPath();

        assertThat(SpringBootNaming.settings(loader()))
                .containsEntry("hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy")
                .containsEntry("hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
    }

    @Test
    void theApplicationsOwnNamingSettingsWinInPropertiesOrYaml() throws IOException {
        bootOnTheClassPath();
        Files.writeString(classes.resolve("application.properties"),
                "spring.jpa.hibernate.naming.physical-strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");
        Files.writeString(classes.resolve("application.yml"), """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/app   # not a naming setting
                  jpa:
                    hibernate:
                      naming:
                        implicitStrategy: "com.example.MyImplicit"
                    properties:
                      hibernate.globally_quoted_identifiers: true
                ---
                spring:
                  jpa:
                    hibernate:
                      naming:
                        implicit-strategy: com.example.OnlyInAProfile
                """);

        assertThat(SpringBootNaming.settings(loader()))
                .containsEntry("hibernate.implicit_naming_strategy", "com.example.MyImplicit")
                .containsEntry("hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
                .containsEntry("hibernate.globally_quoted_identifiers", "true")
                .hasSize(3);
    }
}
