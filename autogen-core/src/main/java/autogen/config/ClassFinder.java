package autogen.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Lists the classes of a package (and its sub-packages) that a class loader can see, in directories and jars. */
public final class ClassFinder {

    private ClassFinder() {}

    public static List<String> classNames(ClassLoader loader, String packageName) {
        String prefix = packageName.replace('.', '/');
        var names = new TreeSet<String>();
        try {
            for (URL url : Collections.list(loader.getResources(prefix))) {
                if (url.getProtocol().equals("file")) {
                    Path root = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(root)) {
                        files.map(f -> prefix + "/" + root.relativize(f).toString().replace('\\', '/')).forEach(n -> add(names, n));
                    }
                } else if (url.getProtocol().equals("jar")) {
                    var connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (var jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix + "/")).forEach(n -> add(names, n));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(names);
    }

    private static void add(TreeSet<String> names, String path) {
        if (!path.endsWith(".class") || path.endsWith("module-info.class") || path.endsWith("package-info.class")) return;
        names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
}
