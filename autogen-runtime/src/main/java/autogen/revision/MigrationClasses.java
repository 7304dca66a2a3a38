package autogen.revision;

import autogen.ConfigurationException;
import autogen.MigrationException;
import autogen.migration.Migration;
import autogen.migration.Revision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Migration classes an application compiled with its own code. They are found through the index {@code revision}
 * writes beside them ({@link #INDEX_NAME} in the package's resource folder), not by scanning the class path, which
 * cannot see into Spring Boot's nested jars or a module path reliably.
 */
public final class MigrationClasses {

    /** The index's file name, in the migrations package: one class name per line, {@code #} comments. */
    public static final String INDEX_NAME = "autogen-migrations.idx";

    private MigrationClasses() {}

    /** The resource path of {@code migrationsPackage}'s index ({@code shop/migrations/autogen-migrations.idx}). */
    public static String indexResource(String migrationsPackage) {
        return migrationsPackage.replace('.', '/') + "/" + INDEX_NAME;
    }

    /** The index's text for these migration classes: sorted, so that it changes only when the history does. */
    public static String index(String migrationsPackage, List<String> classNames) {
        var text = new StringBuilder("# The migrations of package " + migrationsPackage + ", written by `autogen revision`.\n"
                + "# autogen-runtime reads this list at start-up; autogen rewrites it with every revision it writes.\n");
        classNames.stream().sorted().distinct().forEach(n -> text.append(n).append('\n'));
        return text.toString();
    }

    /** The migrations that {@code migrationsPackage}'s index lists, loaded with {@code loader}. */
    public static List<LoadedMigration> fromIndex(ClassLoader loader, String migrationsPackage) {
        String resource = indexResource(migrationsPackage);
        var stream = loader.getResourceAsStream(resource);
        if (stream == null)
            throw new ConfigurationException("no migration index " + resource + " on the class path: check the migrations "
                    + "package, and that the index `autogen revision` writes is packaged with the application's resources");
        var names = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the migration index " + resource + ": " + e.getMessage(), e);
        }
        var types = new ArrayList<Class<?>>();
        for (String name : names) {
            try {
                types.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MigrationException("the migration index " + resource + " lists " + name + ", which cannot be loaded ("
                        + e + "): rebuild the application, or run `autogen revision` to rewrite the index", e);
            }
        }
        return of(types);
    }

    /** Loads the given migration classes; each must be one. */
    public static List<LoadedMigration> of(List<? extends Class<?>> types) {
        var found = new ArrayList<LoadedMigration>();
        for (Class<?> type : types)
            found.add(migration(type, Optional.empty()).orElseThrow(() -> new MigrationException(
                    type.getName() + " is not a migration: it needs @Revision and must implement Migration")));
        found.sort(Comparator.comparing(LoadedMigration::id));
        return found;
    }

    /** {@code type} as a migration of the history, if it is one; {@code source}: the file it was compiled from. */
    public static Optional<LoadedMigration> migration(Class<?> type, Optional<String> source) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !Migration.class.isAssignableFrom(type) || type.isInterface()) return Optional.empty();
        RevisionInfo info;
        try {
            info = new RevisionInfo(revision.id(), Arrays.asList(revision.down()), revision.message(), revision.created(),
                    Arrays.asList(revision.acknowledged()), revision.transactional(), revision.contract(),
                    Arrays.asList(revision.replaces()));
        } catch (IllegalArgumentException e) {
            throw new MigrationException(type.getName() + ": " + e.getMessage());
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return Optional.of(new LoadedMigration(info, (Migration) constructor.newInstance(), source));
        } catch (ReflectiveOperationException e) {
            throw new MigrationException("cannot instantiate migration " + type.getName()
                    + ": it needs a public no-argument constructor (" + e + ")", e);
        }
    }
}
