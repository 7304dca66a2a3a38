package autogen.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;

/**
 * The entities of a 40-table history in four versions, as source text in package {@code app.shop}, compiled one
 * version at a time the way a build would, so that {@code autogen revision} reads each from a classes folder.
 *
 * <ul>
 *   <li>v1: {@code t01}..{@code t15}, with foreign keys among them ({@code t06}..{@code t15} to the table five
 *       before), unique codes and three indexes.</li>
 *   <li>v2: {@code t16}..{@code t30} (each with a foreign key to a v1 table, a two-column unique constraint and a
 *       descending index); v1 tables gain a unique email ({@code t01}..{@code t05}), an index ({@code t06}..{@code
 *       t10}) and a foreign key to a new table ({@code t11}..{@code t15}).</li>
 *   <li>v3: {@code t31}..{@code t40} (identity and sequence ids, a named PostgreSQL enum and a checked
 *       {@code varchar} enum); {@code t01.name} widened, {@code t02.quantity} to {@code bigint}, {@code t03.name}
 *       NOT NULL, {@code t04.active} dropped, {@code t05.name} renamed {@code title} ({@code @RenamedFrom}), the
 *       enum type added to {@code t06}, comments with a quote on {@code t10}, a NOT NULL column with a quoted
 *       default on {@code t11}.</li>
 *   <li>v4, meant for {@code revision --safe-forms}: indexes on existing tables ({@code t21}..{@code t25}, built
 *       concurrently), foreign keys from existing tables ({@code t26}..{@code t28}, NOT VALID first) and a checked
 *       enum on an existing table ({@code t29}).</li>
 * </ul>
 */
final class FortyTables {

    static final int VERSIONS = 4;

    private FortyTables() {}

    /** Writes version {@code version}'s sources under {@code sources} and compiles them into {@code classes}. */
    static void compile(int version, Path sources, Path classes) throws IOException {
        Path dir = Files.createDirectories(sources.resolve("app/shop"));
        Files.createDirectories(classes);
        var arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classpath(), "-proc:none", "-nowarn"));
        for (var source : sources(version).entrySet()) {
            Path file = dir.resolve(source.getKey() + ".java");
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        var errors = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        if (exit != 0) throw new IllegalStateException("the v" + version + " entities do not compile:\n" + errors);
    }

    /** The jars (or folders) of the annotations the entities use: Jakarta Persistence, Hibernate's, autogen's. */
    private static String classpath() {
        return List.of(jakarta.persistence.Entity.class, org.hibernate.annotations.Comment.class,
                        autogen.migration.RenamedFrom.class).stream()
                .map(FortyTables::location).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Class name to source of every entity (and enum) of {@code version}. */
    static Map<String, String> sources(int version) {
        var sources = new LinkedHashMap<String, String>();
        int tables = version == 1 ? 15 : version == 2 ? 30 : 40;
        for (int i = 1; i <= tables; i++) sources.put(name(i), entity(i, version));
        if (version >= 3) {
            sources.put("Status", "package app.shop;\n\npublic enum Status { NEW, ACTIVE, CLOSED }\n");
            sources.put("Priority", "package app.shop;\n\npublic enum Priority { LOW, NORMAL, HIGH }\n");
        }
        return sources;
    }

    private static String name(int i) {
        return "T%02d".formatted(i);
    }

    private static String table(int i) {
        return "t%02d".formatted(i);
    }

    private static String entity(int i, int v) {
        String t = table(i);
        var indexes = new ArrayList<String>();
        var uniques = new ArrayList<String>();
        var fields = new ArrayList<String>();
        var annotations = new ArrayList<String>();

        if (v >= 3 && i >= 31 && i <= 33) fields.add("@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;");
        else if (v >= 3 && i >= 36) fields.add("@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;");
        else fields.add("@Id Long id;");

        if (i == 1 && v >= 3) fields.add("@Column(length = 200) String name;");                       // widened
        else if (i == 3 && v >= 3) fields.add("@Column(length = 100, nullable = false) String name;"); // NOT NULL
        else if (i == 5 && v >= 3) fields.add("@autogen.migration.RenamedFrom(\"name\") @Column(length = 100) String title;");
        else if (i == 10 && v >= 3) fields.add("@org.hibernate.annotations.Comment(\"what the customer's called\") "
                + "@Column(length = 100) String name;");
        else fields.add("@Column(length = 100) String name;");

        fields.add(i == 2 && v >= 3 ? "Long quantity;" : "Integer quantity;");                         // to bigint
        fields.add("@Column(precision = 12, scale = 2) BigDecimal price;");
        fields.add("LocalDate createdOn;");
        if (!(i == 4 && v >= 3)) fields.add("boolean active;");                                          // dropped

        if (i <= 15 && i % 3 == 0) fields.add("@Column(length = 40, unique = true) String code;");
        if (i >= 7 && i <= 9) indexes.add(index(t + "_name_idx", "name"));
        if (i >= 6 && i <= 15) fields.add(manyToOne("parent_id", i - 5, "parent"));

        if (v >= 2) {
            if (i <= 5) {
                fields.add("@Column(length = 320) String email;");
                uniques.add("@UniqueConstraint(name = \"" + t + "_email_uk\", columnNames = \"email\")");
            }
            if (i >= 6 && i <= 10) indexes.add(index(t + "_quantity_idx", "quantity"));
            if (i >= 11 && i <= 15) fields.add(manyToOne("extra_id", i + 5, "extra"));
            if (i >= 16 && i <= 30) {
                fields.add(manyToOne("owner_id", i - 15, "owner"));
                uniques.add("@UniqueConstraint(name = \"" + t + "_name_quantity_uk\", columnNames = {\"name\", \"quantity\"})");
                indexes.add(index(t + "_price_idx", "price DESC"));
            }
        }
        if (v >= 3) {
            if (i == 6 || i >= 31) fields.add("@Enumerated(EnumType.STRING) "
                    + "@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM) Status status;");
            if (i >= 31) fields.add("@Enumerated(EnumType.STRING) @Column(length = 10) Priority priority;");
            if (i >= 31) fields.add(manyToOne("owner_id", i - 10, "owner"));
            if (i == 10) annotations.add("@org.hibernate.annotations.Comment(\"the customers' own table\")");
            if (i == 11) fields.add("@org.hibernate.annotations.ColumnDefault(\"'n/a'\") @Column(length = 20, nullable = false) "
                    + "String label;");
        }
        if (v >= 4) {
            if (i >= 21 && i <= 25) indexes.add(index(t + "_created_idx", "createdOn"));
            if (i >= 26 && i <= 28) fields.add(manyToOne("partner_id", i + 5, "partner"));
            if (i == 29) fields.add("@Enumerated(EnumType.STRING) @Column(length = 10) Priority priority;");
        }

        var tableAnnotation = new StringBuilder("@Table(name = \"" + t + "\"");
        if (!indexes.isEmpty()) tableAnnotation.append(", indexes = {").append(String.join(", ", indexes)).append("}");
        if (!uniques.isEmpty()) tableAnnotation.append(", uniqueConstraints = {").append(String.join(", ", uniques)).append("}");
        tableAnnotation.append(")");
        annotations.add(0, "@Entity");
        annotations.add(1, tableAnnotation.toString());

        return """
                package app.shop;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.LocalDate;

                %s
                public class %s {
                    %s
                }
                """.formatted(String.join("\n", annotations), name(i), String.join("\n    ", fields));
    }

    private static String index(String name, String columns) {
        return "@Index(name = \"" + name + "\", columnList = \"" + columns + "\")";
    }

    private static String manyToOne(String column, int target, String field) {
        return "@ManyToOne @JoinColumn(name = \"" + column + "\") " + name(target) + " " + field + ";";
    }
}
