package autogen.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Migrations compiled by javac, kept as one zip per key: the class files, and which source each came from. The key
 * covers every source file (path and content), the class path they compile against (a jar's size and time, a
 * folder's path) and this build of autogen, so a migration edited, added or removed, or another autogen or library
 * version, compiles anew. With a warm cache, commands that only read the history (heads, history, show, lint) run no
 * javac.
 *
 * <p>A folder on the class path (the application's own classes) counts by its path only, so that rebuilding the
 * entities does not recompile the history: a migration calling the application's own code sees it as it was when
 * the migration was compiled. Generated migrations use autogen-runtime alone.
 */
public final class CompiledMigrations {

    /** What javac made: class name to bytes, and class name to the source file it came from. */
    public record Classes(Map<String, byte[]> bytes, Map<String, String> sources) {}

    private static final String SOURCES_ENTRY = "META-INF/autogen-sources.properties";

    private final Cache cache;

    public CompiledMigrations(Cache cache) {
        this.cache = cache;
    }

    /** The classes of {@code sources} compiled against {@code classpath}: from the cache, or made by {@code compile}. */
    public Classes get(List<Path> sources, String classpath, java.util.function.Supplier<Classes> compile) {
        Optional<Path> area = cache.area("classes");
        if (area.isEmpty()) return compile.get();
        Path entry;
        try {
            entry = area.get().resolve(key(sources, classpath) + ".zip");
        } catch (IOException | UncheckedIOException e) {
            return compile.get();   // a source vanished while listed: javac reports it properly
        }
        Optional<Classes> kept = read(entry);
        if (kept.isPresent()) return kept.get();
        Classes made = compile.get();
        write(entry, made);
        return made;
    }

    private static String key(List<Path> sources, String classpath) throws IOException {
        var parts = new ArrayList<String>(List.of("compiled migrations v1", Cache.BUILD, classpath));
        for (String entry : classpath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            parts.add(Files.isRegularFile(path) ? Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis() : "folder");
        }
        for (Path source : sources) {
            parts.add(source.toAbsolutePath().toString());
            parts.add(HexFormat.of().formatHex(Cache.sha256().digest(Files.readAllBytes(source))));
        }
        return Cache.key(parts);
    }

    /** The entry, whole; anything unreadable (truncated, corrupt, not ours) is deleted and reported absent. */
    private static Optional<Classes> read(Path entry) {
        if (!Files.isRegularFile(entry)) return Optional.empty();
        try (var in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)))) {
            var bytes = new HashMap<String, byte[]>();
            Map<String, String> sources = null;
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();   // the zip stream checks each entry's CRC as it ends
                if (e.getName().equals(SOURCES_ENTRY)) {
                    var properties = new Properties();
                    properties.load(new ByteArrayInputStream(content));
                    sources = new HashMap<>();
                    for (String name : properties.stringPropertyNames()) sources.put(name, properties.getProperty(name));
                } else if (e.getName().endsWith(".class")) {
                    String name = e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.');
                    bytes.put(name, content);
                }
            }
            // written last, so an entry without it was cut short
            if (sources == null || !bytes.keySet().containsAll(sources.keySet())) throw new IOException("incomplete");
            return Optional.of(new Classes(Map.copyOf(bytes), Map.copyOf(sources)));
        } catch (IOException | RuntimeException e) {
            Trees.deleteQuietly(entry);
            return Optional.empty();
        }
    }

    private static void write(Path entry, Classes classes) {
        Path written = Cache.beside(entry);
        try {
            try (OutputStream file = Files.newOutputStream(written); var out = new ZipOutputStream(file)) {
                for (var c : new TreeMap<>(classes.bytes()).entrySet()) {
                    out.putNextEntry(new ZipEntry(c.getKey().replace('.', '/') + ".class"));
                    out.write(c.getValue());
                    out.closeEntry();
                }
                var properties = new Properties();
                properties.putAll(classes.sources());
                var text = new ByteArrayOutputStream();
                properties.store(text, null);
                out.putNextEntry(new ZipEntry(SOURCES_ENTRY));
                out.write(text.toByteArray());
                out.closeEntry();
            }
            Cache.publish(written, entry);
        } catch (IOException | RuntimeException e) {
            Trees.deleteQuietly(written);   // not kept this time; the command goes on with what it compiled
        }
    }
}
