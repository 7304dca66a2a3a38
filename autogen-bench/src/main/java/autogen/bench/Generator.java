package autogen.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * The entities of the benchmark as Java source: {@code tables} entities {@code T00001}.. spread evenly over
 * {@code groups} packages {@code bench.g1}.. in order, so that revision k of the history adds the tables of group k.
 * Each table references the one before it, which is in the same group or an earlier one: a group never needs a
 * later one, so that {@code entities=bench.g1,...,bench.gk} is a complete model at every step.
 */
final class Generator {

    private final int tables;
    private final int groups;

    Generator(int tables, int groups) {
        if (tables < 1 || groups < 1 || groups > tables)
            throw new IllegalArgumentException("need 1 <= revisions (" + groups + ") <= tables (" + tables + ")");
        this.tables = tables;
        this.groups = groups;
    }

    /** The group (1..groups) of table {@code i} (1..tables): contiguous runs of equal size, give or take one. */
    int group(int i) {
        return (int) ((long) (i - 1) * groups / tables) + 1;
    }

    static String pkg(int group) {
        return "bench.g" + group;
    }

    /** The packages of groups 1..k, as {@code entities} takes them. */
    List<String> packages(int k) {
        var packages = new ArrayList<String>();
        for (int g = 1; g <= k; g++) packages.add(pkg(g));
        return packages;
    }

    static String entity(int i) {
        return "T%05d".formatted(i);
    }

    static String table(int i) {
        return "t%05d".formatted(i);
    }

    /** Writes every source under {@code sources} and compiles them all into {@code classes} in one javac run. */
    void compile(Path sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        // against this JVM's own class path, which has jakarta.persistence (through autogen-core's Hibernate)
        var arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "-proc:none", "-nowarn", "-encoding", "UTF-8"));
        for (int i = 1; i <= tables; i++) {
            Path file = sources.resolve(pkg(group(i)).replace('.', File.separatorChar)).resolve(entity(i) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source(i));
            arguments.add(file.toString());
        }
        var errors = new ByteArrayOutputStream();
        var javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("no Java compiler: run the benchmark with a JDK, not a JRE");
        if (javac.run(null, null, errors, arguments.toArray(String[]::new)) != 0)
            throw new IllegalStateException("the generated entities do not compile:\n" + errors);
    }

    /**
     * Table {@code i} (Hibernate's default name, the entity's: {@code T00001}, which PostgreSQL folds to
     * {@code t00001}): ten columns of the usual types, a unique code, a foreign key to table {@code i - 1} (the first
     * has a plain {@code other} column instead), an index on {@code name} and, on every other table, a second one on
     * {@code (day, quantity)}. The reference is lazy, as an application with a chain of N references would have it:
     * eager, Hibernate's SessionFactory builds a join of the whole chain for each entity's loader, which overflows
     * the stack at 1000 tables (the schema is the same either way).
     */
    String source(int i) {
        String t = table(i);
        var indexes = new ArrayList<String>();
        indexes.add("@Index(name = \"" + t + "_name_idx\", columnList = \"name\")");
        if (i % 2 == 0) indexes.add("@Index(name = \"" + t + "_day_quantity_idx\", columnList = \"day, quantity\")");
        String link = i == 1 ? "Long other;"
                : "@ManyToOne(fetch = FetchType.LAZY) " + pkg(group(i - 1)) + "." + entity(i - 1) + " previous;";
        return """
                package %s;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = {%s})
                public class %s {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, unique = true, length = 40) String code;
                    String name;
                    int quantity;
                    boolean active;
                    @Column(precision = 12, scale = 2) java.math.BigDecimal price;
                    java.time.Instant createdAt;
                    @Column(length = 2000) String note;
                    java.time.LocalDate day;
                    %s
                }
                """.formatted(pkg(group(i)), String.join(", ", indexes), entity(i), link);
    }
}
