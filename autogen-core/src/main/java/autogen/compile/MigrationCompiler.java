package autogen.compile;

import autogen.ConfigurationException;
import autogen.MigrationException;
import autogen.cache.Cache;
import autogen.cache.CompiledMigrations;
import autogen.migration.Migration;
import autogen.revision.Checksums;
import autogen.revision.LoadedMigration;
import autogen.revision.MigrationClasses;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the migrations folder in memory (javax.tools), so that the CLI can apply a revision just written without a
 * build step. An application loads its compiled migrations instead ({@link MigrationClasses}).
 */
public final class MigrationCompiler {

    private MigrationCompiler() {}

    /** Compiles every {@code .java} file under {@code directory} and returns the migrations among them. */
    public static List<LoadedMigration> compile(Path directory, List<Path> extraClasspath) {
        return compile(directory, extraClasspath, Cache.OFF);
    }

    /** As {@link #compile(Path, List)}, reusing what {@code cache} kept of an earlier compilation of the same sources. */
    public static List<LoadedMigration> compile(Path directory, List<Path> extraClasspath, Cache cache) {
        if (!Files.isDirectory(directory)) return List.of();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(directory)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the migrations folder " + directory + ": " + e.getMessage(), e);
        }
        if (sources.isEmpty()) return List.of();
        String classpath = classpath(extraClasspath);
        var classes = new CompiledMigrations(cache).get(sources, classpath, () -> javac(sources, classpath));

        var loader = new ByteArrayClassLoader(classes.bytes(), MigrationCompiler.class.getClassLoader());
        var found = new ArrayList<LoadedMigration>();
        for (var entry : new java.util.TreeMap<>(classes.sources()).entrySet()) {
            try {
                Class<?> type = Class.forName(entry.getKey(), false, loader);
                MigrationClasses.migration(type, Optional.of(entry.getValue())).ifPresent(found::add);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MigrationException("cannot load compiled migration " + entry.getKey() + ": " + e, e);
            }
        }
        found.sort(Comparator.comparing(LoadedMigration::id));
        return found;
    }

    private static CompiledMigrations.Classes javac(List<Path> sources, String classpath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null)
            throw new ConfigurationException("compiling migrations needs a JDK, but this is a JRE: run autogen with a JDK 17+ java");
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, null);
        var classes = new InMemoryClasses(standard);
        var options = List.of("-classpath", classpath, "-proc:none", "-nowarn", "-encoding", "UTF-8");
        boolean ok = compiler.getTask(null, classes, diagnostics, options, null,
                sources.stream().map(SourceFile::new).toList()).call();
        if (!ok) throw new MigrationException("a migration does not compile: " + firstError(diagnostics)
                + " (fix the file, or remove it if it is not a migration)");
        return new CompiledMigrations.Classes(Map.copyOf(classes.bytes), Map.copyOf(classes.sources));
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst()
                .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()) + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(null).lines().findFirst().orElse(""))
                .orElse("unknown compiler error");
    }

    /**
     * The class path migrations compile against: autogen's own classes (wherever they were loaded from, even when
     * the JVM's class path is a launcher jar), the JVM class path, and the configured extra entries.
     */
    private static String classpath(List<Path> extra) {
        var entries = new LinkedHashSet<String>();
        try {
            URL own = Migration.class.getProtectionDomain().getCodeSource().getLocation();
            entries.add(Path.of(own.toURI()).toString());
        } catch (URISyntaxException | NullPointerException e) {
            // no code source (unusual class loader): the JVM class path below must then contain autogen
        }
        entries.addAll(List.of(System.getProperty("java.class.path", "").split(File.pathSeparator)));
        extra.forEach(p -> entries.add(p.toString()));
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }

    /** A migration source as javac reads it, without the byte-order mark some editors write (javac refuses it). */
    private static final class SourceFile extends SimpleJavaFileObject {
        private final Path path;

        SourceFile(Path path) {
            super(path.toUri(), Kind.SOURCE);
            this.path = path;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
            return Checksums.withoutBom(Files.readString(path));
        }
    }

    private static final class InMemoryClasses extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, byte[]> bytes = new HashMap<>();
        final Map<String, String> sources = new HashMap<>();

        InMemoryClasses(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            if (sibling != null) sources.put(className, Path.of(sibling.toUri()).toString());
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            bytes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }

    private static final class ByteArrayClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        ByteArrayClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }

}
