package autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutogenConfigTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("autogen.properties"), text);
    }

    @Test
    void readsTheFileWithDefaultsAndPathsRelativeToIt() throws IOException {
        var config = AutogenConfig.load(write("entities=shop, shop.more\nmigrations.package=shop.migrations\n"), Map.of());
        assertThat(config.url()).isEmpty();
        assertThat(config.embedded()).isTrue();
        assertThat(config.schema()).isEqualTo("public");
        assertThat(config.entityPackages()).containsExactly("shop", "shop.more");
        assertThat(config.classpath()).containsExactly(dir.resolve("target/classes").toAbsolutePath());
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("src/main/java/shop/migrations").toAbsolutePath());
        assertThat(config.versionTable()).isEqualTo("autogen_version");
    }

    @Test
    void environmentOverridesTheFileAndTheFlagOverridesBoth() throws IOException {
        Path file = write("url=jdbc:postgresql://file/db\nuser=file\npassword=file\nentities=a\nmigrations.package=a.m\n");
        var config = AutogenConfig.load(file, Map.of("AUTOGEN_URL", "jdbc:postgresql://env/db", "AUTOGEN_PASSWORD", "envpw"));
        assertThat(config.url()).contains("jdbc:postgresql://env/db");
        assertThat(config.user()).contains("file");
        assertThat(config.password()).contains("envpw");
        assertThat(AutogenConfig.load(file, Map.of("AUTOGEN_URL", "jdbc:postgresql://env/db"),
                Optional.of("jdbc:postgresql://flag/db")).url()).contains("jdbc:postgresql://flag/db");
    }

    @Test
    void aUrlThePostgresqlDriverCannotUseIsRefusedNamingWhereItCameFrom() throws IOException {
        Path file = write("url=jdbc:postgres://file/db?password=s3cr3t-Pa55\nentities=a\nmigrations.package=a.m\n");
        assertThatThrownBy(() -> AutogenConfig.load(file, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessage("url jdbc:postgres://file/db?password=*** (in autogen.properties) does not start with "
                        + "jdbc:postgresql:, as PostgreSQL JDBC URLs do: write it as jdbc:postgresql://localhost:5432/app");
        assertThatThrownBy(() -> AutogenConfig.load(file, Map.of("AUTOGEN_URL", "postgresql://env/db")))
                .hasMessageStartingWith("url postgresql://env/db (from AUTOGEN_URL) does not start with jdbc:postgresql:");
        assertThatThrownBy(() -> AutogenConfig.load(file, Map.of(), Optional.of("jdbc:postgresql://h:99999/db")))
                .hasMessageStartingWith("url jdbc:postgresql://h:99999/db (from --url) cannot be read by the PostgreSQL driver: check the port");
        assertThatThrownBy(() -> AutogenConfig.load(file, Map.of(), Optional.of("jdbc:postgresql://app:s3cr3t-Pa55@h/db")))
                .hasMessageStartingWith("url jdbc:postgresql://app:***@h/db (from --url) has user:password@ before the host");
        // the url that is not used is not checked: the flag overrides a broken one
        assertThat(AutogenConfig.load(file, Map.of(), Optional.of("jdbc:postgresql://[::1]:5433/db?user=u")).url())
                .contains("jdbc:postgresql://[::1]:5433/db?user=u");
    }

    @Test
    void durationsAndBooleansAreCheckedWhenTheFileIsRead() throws IOException {
        var config = AutogenConfig.load(write("entities=a\nmigrations.package=a.m\nlock_wait=90 s\nlock_timeout=5s\nsafe_forms=TRUE\n"), Map.of());
        assertThat(config.lockWait()).isEqualTo("90 s");
        assertThat(config.lockTimeout()).contains("5s");
        assertThat(config.safeForms()).isTrue();
        assertThat(AutogenConfig.load(write("entities=a\nmigrations.package=a.m\n"), Map.of()).lockWait()).isEqualTo("10min");
        assertThatThrownBy(() -> AutogenConfig.load(write("entities=a\nmigrations.package=a.m\nlock_wait=forever\n"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("lock_wait is forever: use a duration such as 30s, 10min or 1h (in autogen.properties)");
        assertThatThrownBy(() -> AutogenConfig.load(write("entities=a\nmigrations.package=a.m\nlock_timeout=5 sec\n"), Map.of()))
                .hasMessage("lock_timeout is 5 sec: use a duration such as 30s, 10min or 1h (in autogen.properties)");
        assertThatThrownBy(() -> AutogenConfig.load(write("entities=a\nmigrations.package=a.m\nsafe_forms=yes\n"), Map.of()))
                .hasMessage("safe_forms is yes: use true or false (in autogen.properties)");
    }

    @Test
    void thePasswordNeverAppearsInTheTextOfTheConfiguration() throws IOException {
        Path file = write("url=jdbc:postgresql://h/db?user=u&password=s3cret\npassword=t0psecret\nentities=a\nmigrations.package=a.m\n");
        String text = AutogenConfig.load(file, Map.of()).toString();
        assertThat(text).doesNotContain("s3cret").doesNotContain("t0psecret").contains("password=***");
        assertThat(AutogenConfig.masked("jdbc:postgresql://u:pw@h/db")).isEqualTo("jdbc:postgresql://u:***@h/db");
    }

    @Test
    void theSecretsAreThePasswordAndThePasswordsInTheUrl() throws IOException {
        Path file = write("url=jdbc:postgresql://h/db?password=in-the-url\npassword=in-the-file\nentities=a\nmigrations.package=a.m\n");
        assertThat(AutogenConfig.load(file, Map.of()).secrets().mask("in-the-url, in-the-file")).isEqualTo("***, ***");
        assertThat(AutogenConfig.load(file, Map.of("AUTOGEN_PASSWORD", "from-the-env")).secrets().mask("from-the-env"))
                .isEqualTo("***");
    }

    @Test
    void excludePatternsMatchWholeTableNamesWithStarAndQuestionMark() throws IOException {
        var config = AutogenConfig.load(write("entities=a\nmigrations.package=a.m\nexclude=audit_*, tmp?, schema.x\n"), Map.of());
        assertThat(config.excluded("audit_log")).isTrue();
        assertThat(config.excluded("tmp1")).isTrue();
        assertThat(config.excluded("tmp12")).isFalse();
        assertThat(config.excluded("my_audit_log")).isFalse();
        assertThat(config.excluded("schemaxx")).isFalse();
        assertThat(config.excluded("schema.x")).isTrue();
    }

    @Test
    void hibernateSettingsArePassedThrough() throws IOException {
        var config = AutogenConfig.load(write("entities=a\nmigrations.package=a.m\n"
                + "hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n"), Map.of());
        assertThat(config.hibernateSettings()).containsExactly(Map.entry("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
    }

    @Test
    void missingFileUnknownKeysAndMissingRequiredKeysAreConfigurationErrors() throws IOException {
        assertThatThrownBy(() -> AutogenConfig.load(dir.resolve("none.properties"), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("autogen init");
        assertThatThrownBy(() -> AutogenConfig.load(write("entities=a\nmigrations.package=a.m\nurll=x\n"), Map.of()))
                .hasMessageContaining("unknown setting [urll]");
        assertThatThrownBy(() -> AutogenConfig.load(write("entities=a\n"), Map.of()))
                .hasMessageContaining("migrations.package is not set");
        assertThat(AutogenConfig.load(write("entities=a\nmigrations.package=a.m\nmigrations.header=h.txt\n"), Map.of())
                .headerTemplate()).isEqualTo(Optional.of(dir.resolve("h.txt").toAbsolutePath()));
    }
}
