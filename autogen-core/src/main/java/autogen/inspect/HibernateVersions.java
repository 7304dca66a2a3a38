package autogen.inspect;

import autogen.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The Hibernate ORM an application is built with, against the one autogen reads entities with. The application's
 * classes are loaded under autogen's own Hibernate, so an application on another major version would get a schema
 * its own Hibernate does not expect (6 and 7 differ in type mappings, names and defaults): such a class path is
 * refused before anything is read. Within autogen's major version the application's minor one may differ.
 */
public final class HibernateVersions {

    private HibernateVersions() {}

    /** autogen's own: {@code 7.4.13.Final}. */
    public static String ours() {
        return org.hibernate.Version.getVersionString();
    }

    /**
     * @throws ConfigurationException when a hibernate-core jar of another major version than autogen's is on
     *         {@code classpath}, naming it and what to do
     */
    public static void requireSupported(List<Path> classpath) {
        String ours = ours();
        for (Path entry : classpath) {
            String file = String.valueOf(entry.getFileName());
            if (!file.startsWith("hibernate-core") || !file.endsWith(".jar") || !Files.isRegularFile(entry)) continue;
            Optional<String> theirs = version(entry);
            if (theirs.isPresent() && !major(theirs.get()).equals(major(ours)))
                throw new ConfigurationException("the project is built with Hibernate ORM " + theirs.get() + " (" + entry
                        + "), and autogen reads entities with Hibernate ORM " + major(ours) + ".x only (" + ours + "): "
                        + "Hibernate " + major(theirs.get()) + " maps types and names otherwise, so the revisions would not "
                        + "match what the application expects. Upgrade the application to Hibernate ORM " + major(ours)
                        + " (Spring Boot 4), or keep writing its migrations by hand until then");
        }
    }

    /** The jar's {@code Bundle-Version} ({@code 6.6.13.Final}), or its {@code Implementation-Version}. */
    static Optional<String> version(Path jar) {
        try (var file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            if (manifest == null) return Optional.empty();
            var attributes = manifest.getMainAttributes();
            return Optional.ofNullable(attributes.getValue("Bundle-Version"))
                    .or(() -> Optional.ofNullable(attributes.getValue("Implementation-Version")));
        } catch (IOException e) {
            return Optional.empty();   // not a readable jar: the class loader reports it if it matters
        }
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
