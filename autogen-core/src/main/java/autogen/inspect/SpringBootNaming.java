package autogen.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The names a Spring Boot application's Hibernate gives tables and columns, so that autogen compares with the schema
 * the application validates: Spring Boot replaces Hibernate's naming strategies with its own
 * ({@code SpringImplicitNamingStrategy} and {@code CamelCaseToUnderscoresNamingStrategy}: {@code createdAt} is
 * {@code created_at}) unless {@code spring.jpa.hibernate.naming.*} says otherwise, and passes
 * {@code spring.jpa.properties.hibernate.*} to Hibernate. Read from the application's class path: Boot's own class,
 * and its {@code application.properties} or {@code application.yml}. Settings given to autogen win over these.
 */
final class SpringBootNaming {

    /** Boot 4's implicit strategy, then Boot 3's. */
    private static final String[] SPRING_IMPLICIT = {"org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"};
    private static final String CAMEL_CASE_TO_UNDERSCORES = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String NAMING = "spring.jpa.hibernate.naming.";
    private static final String PASSED = "spring.jpa.properties.";

    private SpringBootNaming() {}

    /** The {@code hibernate.*} settings Spring Boot would give Hibernate; empty for an application without Boot's JPA. */
    static Map<String, String> settings(ClassLoader loader) {
        String implicit = null;
        for (String name : SPRING_IMPLICIT)
            if (implicit == null && loader.getResource(name.replace('.', '/') + ".class") != null) implicit = name;
        if (implicit == null) return Map.of();
        Map<String, String> application = applicationProperties(loader);
        var settings = new LinkedHashMap<String, String>();
        settings.put("hibernate.implicit_naming_strategy", naming(application, "implicit").orElse(implicit));
        settings.put("hibernate.physical_naming_strategy", naming(application, "physical").orElse(CAMEL_CASE_TO_UNDERSCORES));
        application.forEach((key, value) -> {
            // spring.jpa.properties.* go to Hibernate as they are, over Boot's naming
            if (key.startsWith(PASSED + "hibernate.")) settings.put(key.substring(PASSED.length()), value);
        });
        return settings;
    }

    /** {@code spring.jpa.hibernate.naming.KIND-strategy}, in any of Boot's relaxed spellings. */
    private static java.util.Optional<String> naming(Map<String, String> application, String kind) {
        for (String key : new String[] {kind + "-strategy", kind + "Strategy", kind + "_strategy"})
            if (application.containsKey(NAMING + key)) return java.util.Optional.of(application.get(NAMING + key).strip());
        return java.util.Optional.empty();
    }

    /** application.properties, then application.yml (or .yaml) over it, as flat keys. */
    static Map<String, String> applicationProperties(ClassLoader loader) {
        var values = new LinkedHashMap<String, String>();
        URL properties = loader.getResource("application.properties");
        if (properties != null) {
            var read = new Properties();
            try (InputStream in = properties.openStream()) {
                read.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + properties, e);
            }
            read.stringPropertyNames().forEach(key -> values.put(key, read.getProperty(key)));
        }
        for (String yaml : new String[] {"application.yml", "application.yaml"}) {
            URL url = loader.getResource(yaml);
            if (url == null) continue;
            try (InputStream in = url.openStream()) {
                values.putAll(flatYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + url, e);
            }
        }
        return values;
    }

    /**
     * The scalar keys of a YAML document, nested maps joined with dots: enough for the settings read here (no
     * lists, anchors or multi-line values; a second document, after {@code ---}, is a profile's and is not read).
     */
    static Map<String, String> flatYaml(String text) {
        var values = new LinkedHashMap<String, String>();
        Deque<Map.Entry<Integer, String>> path = new ArrayDeque<>();
        for (String raw : text.split("\\R")) {
            if (raw.strip().equals("---")) break;
            String line = raw.replaceFirst("\\s+#.*$", "");
            if (line.isBlank() || line.strip().startsWith("#") || line.strip().startsWith("-")) continue;
            int indent = line.length() - line.stripLeading().length();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(indent, colon).strip();
            String value = line.substring(colon + 1).strip();
            while (!path.isEmpty() && path.peek().getKey() >= indent) path.pop();
            var prefix = new StringBuilder();
            path.descendingIterator().forEachRemaining(e -> prefix.append(e.getValue()).append('.'));
            if (value.isEmpty()) path.push(Map.entry(indent, key));
            else values.put(prefix + key, unquote(value));
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'")))
            return value.substring(1, value.length() - 1);
        return value;
    }
}
