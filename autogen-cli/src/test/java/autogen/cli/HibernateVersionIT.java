package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application built with Hibernate ORM 6.6 (Spring Boot 3.5) is refused with one line before anything is read;
 * one on autogen's Hibernate 7 is read as ever.
 */
class HibernateVersionIT {

    private static final Path HIBERNATE_6 = Path.of("target/hibernate6/hibernate-core-6.6.13.Final.jar").toAbsolutePath();

    @TempDir
    Path project;

    @Test
    void hibernate6OnTheClassPathIsRefusedWithOneLine() throws IOException {
        assertThat(HIBERNATE_6).as("copied by the pom before the integration tests").isRegularFile();
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        appendToClasspath(HIBERNATE_6);
        for (String[] command : new String[][] {{"revision", "-m", "customers"}, {"check"}}) {
            var run = CliProcess.run(project, Map.of(), command);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("error: the project is built with Hibernate ORM 6.6.13.Final (")
                    .contains("autogen reads entities with Hibernate ORM 7.x only")
                    .contains("Upgrade the application to Hibernate ORM 7 (Spring Boot 4)")
                    .doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(project.resolve("migrations")).satisfiesAnyOf(m -> assertThat(m).doesNotExist(), m -> assertThat(m).isEmptyDirectory());
    }

    @Test
    void hibernate7OnTheClassPathIsReadAsEver() throws Exception {
        Path ours = Path.of(org.hibernate.Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(ours.getFileName().toString()).startsWith("hibernate-core-7.");
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        appendToClasspath(ours);
        var run = CliProcess.run(project, Map.of(), "-q", "revision", "-m", "customers");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).startsWith("Wrote ");
    }

    private void appendToClasspath(Path jar) throws IOException {
        Path settings = project.resolve("autogen.properties");
        Files.writeString(settings, Files.readString(settings).replaceFirst("(?m)^(classpath=.*)$",
                "$1," + jar.toString().replace("\\", "/").replace("$", "\\$")));
    }
}
