package autogen.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The Hibernate floor: what an application pays at start-up to have Hibernate check the schema, {@code
 * hibernate.hbm2ddl.auto=validate}. Boots Hibernate on the entities of {@code PACKAGES} (comma separated) found
 * under {@code CLASSES_DIR}, against the database at {@code URL}, builds the SessionFactory and closes it; a schema
 * that does not match fails it (exit 1). Usage: {@code HibernateValidate CLASSES_DIR PACKAGES URL}.
 */
public final class HibernateValidate {

    private HibernateValidate() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: HibernateValidate CLASSES_DIR PACKAGES URL");
            System.exit(2);
        }
        Path classesDir = Path.of(args[0]);
        long started = System.nanoTime();
        try (var loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()}, HibernateValidate.class.getClassLoader())) {
            var classes = new ArrayList<Class<?>>();
            for (String name : classNames(classesDir, List.of(args[1].split(",")))) classes.add(loader.loadClass(name));

            // Hibernate resolves the entities' classes through its class loader service: give it the entities' loader
            var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            var registry = new StandardServiceRegistryBuilder(bootstrap)
                    .applySetting(AvailableSettings.JAKARTA_JDBC_URL, args[2])
                    .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                    .build();
            try {
                var sources = new MetadataSources(registry);
                classes.forEach(sources::addAnnotatedClass);
                try (var factory = sources.buildMetadata().buildSessionFactory()) {
                    System.out.println("validated " + classes.size() + " entities in "
                            + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } catch (Exception | StackOverflowError e) {
            System.err.println("error: " + e);
            System.exit(1);
        }
    }

    /** The top-level classes of the packages (and their sub-packages, as autogen's entities setting reads them). */
    private static List<String> classNames(Path root, List<String> packages) throws IOException {
        var names = new ArrayList<String>();
        for (String pkg : packages) {
            Path dir = root.resolve(pkg.strip().replace('.', '/'));
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.map(root::relativize).map(Path::toString)
                        .filter(f -> f.endsWith(".class") && !f.contains("$"))
                        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                        .sorted().forEach(names::add);
            }
        }
        return names;
    }
}
