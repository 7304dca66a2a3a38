package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entities compiled against classes that the configured classpath lacks (a listener from a library, a converter,
 * the type of a field, a superclass): one line naming the missing class and the entity that needs it, exit 2.
 */
class MissingClassesIT {

    private static final Map<String, String> SOURCES = Map.of(
            "AuditListener", """
                    package app.shop;
                    public class AuditListener {
                        @jakarta.persistence.PrePersist void touch(Object entity) { }
                    }
                    """,
            "CentsConverter", """
                    package app.shop;
                    @jakarta.persistence.Converter
                    public class CentsConverter implements jakarta.persistence.AttributeConverter<Long, Long> {
                        public Long convertToDatabaseColumn(Long value) { return value; }
                        public Long convertToEntityAttribute(Long value) { return value; }
                    }
                    """,
            "Money", """
                    package app.shop;
                    @jakarta.persistence.Embeddable
                    public class Money { long cents; String currency; }
                    """,
            "BaseEntity", """
                    package app.shop;
                    @jakarta.persistence.MappedSuperclass
                    public abstract class BaseEntity { @jakarta.persistence.Id Long id; }
                    """,
            "Order", """
                    package app.shop;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "orders") @EntityListeners(AuditListener.class)
                    public class Order extends BaseEntity {
                        Money total;
                        @Convert(converter = CentsConverter.class) Long discount;
                    }
                    """,
            "Customer", """
                    package app.shop;
                    @jakarta.persistence.Entity
                    public class Customer { @jakarta.persistence.Id Long id; String name; }
                    """);

    @TempDir
    Path project;

    /** Compiles the sources into {@code classes}, as a build would, then removes one class from what it built. */
    private void compileWithout(String missing) throws IOException, URISyntaxException {
        Path sources = Files.createDirectories(project.resolve("src/app/shop"));
        for (var source : SOURCES.entrySet()) Files.writeString(sources.resolve(source.getKey() + ".java"), source.getValue());
        Path classes = Files.createDirectories(project.resolve("classes"));
        String persistenceApi = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        var arguments = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-cp", persistenceApi));
        SOURCES.keySet().forEach(name -> arguments.add(sources.resolve(name + ".java").toString()));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new))).isZero();
        Files.delete(classes.resolve("app/shop/" + missing + ".class"));
        Files.writeString(project.resolve("autogen.properties"),
                "entities=app.shop\nclasspath=classes\nmigrations.package=app.migrations\nmigrations.dir=migrations\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AuditListener", "CentsConverter", "Money", "BaseEntity"})
    void isOneLineNamingTheClassAndTheEntityThatNeedsItAndExit2(String missing) throws Exception {
        compileWithout(missing);
        CliProcess r = CliProcess.run(project, "revision", "-m", "orders");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("error: ").hasLineCount(1)
                .contains("app.shop.Order needs app.shop." + missing + ", which is not on the classpath")
                .contains("`classpath` in autogen.properties").doesNotContain("app.shop.Customer");
        assertThat(project.resolve("migrations")).doesNotExist();
    }
}
