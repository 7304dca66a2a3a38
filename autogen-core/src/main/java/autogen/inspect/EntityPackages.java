package autogen.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The packages of a project's entity classes, found in its compiled classes for {@code init} and the Maven plugin: a class file that
 * carries {@code @jakarta.persistence.Entity} names its descriptor in its constant pool. Reading bytes, not loading
 * classes, so that init needs none of the project's dependencies.
 */
public final class EntityPackages {

    private static final byte[] ENTITY = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.UTF_8);

    private EntityPackages() {}

    /** The packages holding entity classes under {@code classes}, sorted; empty when there is no such folder. */
    public static List<String> in(Path classes) {
        if (!Files.isDirectory(classes)) return List.of();
        var packages = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator)
                if (contains(Files.readAllBytes(file), ENTITY)) {
                    Path folder = classes.relativize(file).getParent();
                    if (folder != null) packages.add(folder.toString().replace(java.io.File.separatorChar, '.'));
                }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classes, e);
        }
        return List.copyOf(packages);
    }

    /** Beside the entities: their longest common package, plus {@code .migrations} (the first one's, if none is common). */
    public static String migrationsPackage(List<String> packages) {
        List<String> common = new ArrayList<>(List.of(packages.get(0).split("\\.")));
        for (String p : packages) {
            String[] parts = p.split("\\.");
            int i = 0;
            while (i < common.size() && i < parts.length && common.get(i).equals(parts[i])) i++;
            common = new ArrayList<>(common.subList(0, i));
        }
        return (common.isEmpty() ? packages.get(0) : String.join(".", common)) + ".migrations";
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++)
                if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }
}
