package autogen.inspect;

import static java.util.stream.Collectors.joining;

import autogen.ConfigurationException;
import autogen.diff.RenameHints;
import autogen.migration.RenamedFrom;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.EnumType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.OnDelete;
import autogen.model.PrimaryKey;
import autogen.model.SchemaModel;
import autogen.model.SchemaSource;
import autogen.model.Sequence;
import autogen.model.Table;
import autogen.model.UniqueConstraint;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.mapping.UniqueKey;

/**
 * The target side: the schema Hibernate would create for the entity classes, read from Hibernate's boot metamodel
 * ({@code Metadata → Database → Namespace → Table}) with the PostgreSQL dialect and no database connection.
 *
 * <p>Hibernate is the authority on mapping: types are the dialect's DDL types, nullability, defaults, identity and
 * constraints are what Hibernate's own table exporter writes. The only rules re-implemented here are PostgreSQL's:
 * how it folds names and names the constraints Hibernate leaves unnamed ({@link PostgresNames}).
 */
public final class EntityInspector implements SchemaSource {

    /** Held so the level sticks: java.util.logging keeps loggers weakly and forgets levels of collected ones. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private static final List<Class<? extends Annotation>> MAPPED =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    private final List<Class<?>> classes;
    private final ClassLoader loader;
    private final Map<String, String> settings;

    private EntityInspector(List<Class<?>> classes, ClassLoader loader, Map<String, String> settings) {
        this.classes = List.copyOf(classes);
        this.loader = loader;
        this.settings = Map.copyOf(settings);
    }

    /**
     * The same classes under these Hibernate settings ({@code hibernate.physical_naming_strategy},
     * {@code hibernate.globally_quoted_identifiers}, ...), as the application configures Hibernate. The dialect
     * stays PostgreSQL's and no connection is made, whatever they say. In a Spring Boot application they go over the
     * naming that Boot gives Hibernate ({@link SpringBootNaming}).
     */
    public EntityInspector withSettings(Map<String, String> hibernateSettings) {
        var settings = new java.util.HashMap<>(SpringBootNaming.settings(loader));
        settings.putAll(hibernateSettings);
        return new EntityInspector(classes, loader, settings);
    }

    /**
     * The mapped classes (@Entity, @Embeddable, @MappedSuperclass, @Converter) of these packages and their
     * sub-packages, found in directories of compiled classes or jars. Their loader's parent is autogen's own loader,
     * so the persistence annotations are the ones Hibernate knows.
     */
    public static EntityInspector forClasspath(List<Path> classpath, List<String> packages) {
        HibernateVersions.requireSupported(classpath);
        // stays open while the inspector lives: Hibernate loads more of the application's classes in read()
        var loader = new URLClassLoader(urls(classpath), EntityInspector.class.getClassLoader());
        try {
            var found = new ArrayList<Class<?>>();
            for (String name : candidateClassNames(classpath, packages)) {
                Class<?> type = load(name, loader);
                if (MAPPED.stream().anyMatch(type::isAnnotationPresent)) found.add(type);
            }
            if (found.stream().noneMatch(c -> c.isAnnotationPresent(Entity.class)))
                throw new ConfigurationException("no @Entity classes in packages " + packages + " on classpath " + classpath
                        + ": build the entities first or fix `entities`/`classpath` in autogen.properties");
            return new EntityInspector(found, loader, Map.of());
        } catch (RuntimeException e) {
            try {
                loader.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The {@code classpath} setting's entries as a class loader's URLs; a missing or invalid one is a configuration error. */
    public static URL[] urls(List<Path> classpath) {
        var urls = new ArrayList<URL>();
        for (Path entry : classpath) {
            if (!Files.exists(entry))
                throw new ConfigurationException("classpath entry " + entry + " does not exist: build the entities "
                        + "first or fix `classpath` in autogen.properties");
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ConfigurationException("classpath entry " + entry + " is not a valid path: fix `classpath` in autogen.properties", e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** These classes, as given (tests use static nested entity classes). */
    public static EntityInspector forClasses(List<Class<?>> classes) {
        ClassLoader loader = classes.isEmpty() ? EntityInspector.class.getClassLoader() : classes.get(0).getClassLoader();
        return new EntityInspector(classes, loader, Map.of());
    }

    /** The classes Hibernate is given, in name order when scanned. */
    public List<Class<?>> classes() {
        return classes;
    }

    /**
     * The target schema together with the renames {@code @RenamedFrom} declares in the same classes, and the class
     * that maps each table ({@code schema.name} as in the model): the entity, or for a collection table the entity
     * that owns the collection; and the attribute that maps each column ({@code table.column}, as
     * {@code demo.Orders.customer}), where an entity's property does.
     */
    public record Mapping(SchemaModel schema, RenameHints hints, Map<String, String> entityClasses,
            Map<String, String> attributes) {
        public Mapping {
            entityClasses = Map.copyOf(entityClasses);
            attributes = Map.copyOf(attributes);
        }

        /** Where a column comes from, for messages: {@code demo.Orders.customer}, else the table's class, else nothing. */
        public Optional<String> origin(String table, Optional<String> column) {
            return column.map(c -> attributes.get(table + "." + c)).or(() -> Optional.ofNullable(entityClasses.get(table)));
        }
    }

    @Override
    public SchemaModel read() {
        return readMapping().schema();
    }

    public Mapping readMapping() {
        var all = new java.util.HashMap<String, Object>(settings);
        all.put(JdbcSettings.DIALECT, PostgreSQLDialect.class.getName());
        // no connection: the dialect alone decides, as for a script
        all.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
        StandardServiceRegistry registry = registry(loader, all);
        try {
            return withLoader(loader, () -> {
                Metadata metadata = metadata(registry, classes);
                try {
                    var builder = new ModelBuilder(metadata);
                    return new Mapping(builder.schema(), builder.hints(), builder.entityClasses(), builder.attributes());
                } catch (PersistenceException e) {   // a type or constraint Hibernate can only resolve now
                    throw new ConfigurationException(mappingMessage(e, classes), e);
                } catch (IllegalArgumentException e) {   // the model refuses two tables or columns of one name
                    throw new ConfigurationException(e.getMessage() + ": PostgreSQL cuts names to 63 bytes, so two long "
                            + "names that start alike become one; shorten one of them in the mapping", e);
                }
            });
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    // ---- Hibernate bootstrap, shared with HibernateExport ----

    static StandardServiceRegistry registry(ClassLoader loader, Map<String, Object> settings) {
        quietHibernate();
        var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        return new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
    }

    /**
     * Hibernate's boot metamodel for the classes; a mapping Hibernate rejects is a one-line configuration error, and
     * so is a class the entities need that the classpath lacks. Hibernate meets those here, while it reads the
     * classes, and reports them as whatever it was doing: a RuntimeException around an InvocationTargetException
     * (a listener or converter named in an annotation), a bare NoClassDefFoundError (the type of a field).
     */
    static Metadata metadata(StandardServiceRegistry registry, List<Class<?>> classes) {
        var sources = new MetadataSources(registry);
        classes.forEach(sources::addAnnotatedClass);
        try {
            return sources.buildMetadata();
        } catch (RuntimeException | LinkageError e) {
            Optional<String> missing = missingClass(e);
            if (missing.isPresent()) throw missingClassError(neededBy(missing.get(), classes), missing.get(), e);
            // HibernateException, MappingException, AnnotationException, …
            if (e instanceof PersistenceException rejected) throw new ConfigurationException(mappingMessage(rejected, classes), e);
            throw e;
        }
    }

    /**
     * The class that {@code e} or one of its causes says is not there (ClassNotFoundException, NoClassDefFoundError,
     * TypeNotPresentException, however deep inside InvocationTargetExceptions and Hibernate's wrappers).
     */
    static Optional<String> missingClass(Throwable e) {
        var seen = java.util.Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            // "[unknown]" when a class annotation's value failed to load for want of another class: that one is in the cause
            if (t instanceof TypeNotPresentException absent && !absent.typeName().equals("[unknown]")) return Optional.of(absent.typeName());
            if (t instanceof ClassNotFoundException && t.getMessage() != null) return Optional.of(t.getMessage());
            // "Could not initialize class X": X is there, its static initializer failed
            if (t instanceof NoClassDefFoundError && t.getMessage() != null && !t.getMessage().startsWith("Could not initialize"))
                return Optional.of(t.getMessage().split(" ", 2)[0].replace('/', '.'));
        }
        return Optional.empty();
    }

    /** Who needs {@code missing}: the mapped classes whose class files name it (as an annotation value, a field type, …). */
    private static String neededBy(String missing, List<Class<?>> classes) {
        String internal = missing.replace('.', '/');
        var needing = classes.stream().filter(c -> names(c, internal)).map(EntityInspector::describe).toList();
        if (needing.isEmpty())
            return classes.size() == 1 ? describe(classes.get(0)) : "one of the entity classes "
                    + classes.stream().map(Class::getName).collect(joining(", ", "[", "]"));
        return String.join(" and ", needing);
    }

    private static String describe(Class<?> type) {
        return (type.isAnnotationPresent(Entity.class) ? "entity " : "") + type.getName();
    }

    private static boolean names(Class<?> type, String internalName) {
        try (InputStream in = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            if (in == null) return false;
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            for (int at = text.indexOf(internalName); at >= 0; at = text.indexOf(internalName, at + 1)) {
                int after = at + internalName.length();
                // not the start of a longer name (app/shop/Money in app/shop/MoneyBag)
                if (after == text.length() || !Character.isJavaIdentifierPart(text.charAt(after)) && text.charAt(after) != '/')
                    return true;
            }
            return false;
        } catch (IOException e) {
            return false;   // only the message is less precise
        }
    }

    /** One line: what is missing, who needs it, and where to add it. */
    private static ConfigurationException missingClassError(String neededBy, String missing, Throwable cause) {
        return new ConfigurationException(neededBy + " needs " + missing + ", which is not on the classpath: add the jar "
                + "or folder that has it to `classpath` in autogen.properties (jars and folders, comma separated)", cause);
    }

    static <T> T withLoader(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Hibernate logs INFO and WARN (HHH…) through jboss-logging, by default to java.util.logging; a CLI user must not see them. */
    static void quietHibernate() {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    static String mappingMessage(Exception e, List<Class<?>> classes) {
        String message = oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        boolean namesClass = classes.stream().anyMatch(c -> message.contains(c.getName())
                || c.getCanonicalName() != null && message.contains(c.getCanonicalName()));
        if (namesClass || classes.isEmpty()) return "Hibernate rejects the entity mapping: " + message;
        String which = classes.size() == 1 ? classes.get(0).getName()
                : "one of " + classes.stream().map(Class::getName).collect(joining(", ", "[", "]"));
        return "Hibernate rejects the entity mapping of " + which + ": " + message;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    // ---- scanning ----

    /** Class files of the packages whose bytes mention a mapping annotation; only those are loaded. */
    private static List<String> candidateClassNames(List<Path> classpath, List<String> packages) {
        var names = new TreeSet<String>();   // sorted: the same classpath gives the same class order
        for (Path entry : classpath) {
            try {
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.walk(entry)) {
                        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                            String name = className(entry.relativize(file).toString().replace('\\', '/'));
                            if (inPackages(name, packages) && mentionsMapping(Files.readAllBytes(file))) names.add(name);
                        }
                    }
                } else {
                    try (var jar = new JarFile(entry.toFile())) {
                        for (var e : (Iterable<java.util.jar.JarEntry>) jar.stream()::iterator) {
                            if (!e.getName().endsWith(".class")) continue;
                            String name = className(e.getName());
                            if (!inPackages(name, packages)) continue;
                            try (InputStream in = jar.getInputStream(e)) {
                                if (mentionsMapping(in.readAllBytes())) names.add(name);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new ConfigurationException("cannot read classpath entry " + entry + " (" + e.getMessage()
                        + "): fix `classpath` in autogen.properties", e);
            } catch (UncheckedIOException e) {
                throw new ConfigurationException("cannot read classpath entry " + entry + " (" + e.getCause().getMessage()
                        + "): fix `classpath` in autogen.properties", e);
            }
        }
        return List.copyOf(names);
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static boolean inPackages(String className, List<String> packages) {
        if (className.endsWith("module-info") || className.endsWith("package-info")) return false;
        return packages.isEmpty() || packages.stream().anyMatch(p -> p.isEmpty() || className.startsWith(p + "."));
    }

    /**
     * Whether the constant pool names a mapping annotation. Loading only these spares the application's other
     * classes (services, controllers), whose libraries need not be on autogen's classpath.
     */
    private static boolean mentionsMapping(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        return MAPPED.stream().anyMatch(a -> text.contains("L" + a.getName().replace('.', '/') + ";"));
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // a superclass or interface the classpath lacks
            Optional<String> missing = missingClass(e).filter(m -> !m.equals(name));
            if (missing.isPresent()) throw missingClassError(name, missing.get(), e);
            throw new ConfigurationException("cannot load " + name + " (" + e + "): add the jars it needs to `classpath` "
                    + "in autogen.properties", e);
        }
    }

    // ---- boot metamodel → SchemaModel ----

    /** One pass over Hibernate's Database, in the order Hibernate's exporter creates objects (names depend on it). */
    private static final class ModelBuilder {
        private final Metadata metadata;
        private final Dialect dialect;
        private final Map<org.hibernate.mapping.Table, String> owners = new IdentityHashMap<>();
        /** Names PostgreSQL already has in a schema when it names the next constraint (it keeps them unique there). */
        private final Map<String, Set<String>> usedBySchema = new java.util.HashMap<>();
        /** The set of {@link #usedBySchema} for the namespace being read. */
        private Set<String> used;

        ModelBuilder(Metadata metadata) {
            this.metadata = metadata;
            this.dialect = metadata.getDatabase().getDialect();
            for (var entity : metadata.getEntityBindings()) {
                owners.putIfAbsent(entity.getTable(), "entity " + entity.getClassName());
                entity.getJoins().forEach(j -> owners.putIfAbsent(j.getTable(), "entity " + entity.getClassName()));
            }
            for (var collection : metadata.getCollectionBindings())
                owners.putIfAbsent(collection.getCollectionTable(), "collection " + collection.getRole());
        }

        SchemaModel schema() {
            var sequences = new ArrayList<Sequence>();
            var tables = new ArrayList<Table>();
            // Hibernate creates all sequences first, then the tables
            for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
                enter(namespace, "sequences");
                for (var sequence : namespace.getSequences()) {
                    Identifier name = sequence.getName().getSequenceName();
                    String sequenceName = PostgresNames.identifier(name.getText(), name.isQuoted());
                    used.add(sequenceName);
                    sequences.add(new Sequence(qualified(namespace.getName().schema(), sequenceName),
                            sequence.getInitialValue(), sequence.getIncrementSize()));
                }
            }
            for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
                enter(namespace, "tables");
                for (var table : namespace.getTables()) {
                    if (!table.isPhysicalTable() || table.isView()) continue;   // views, subselects, abstract unions
                    tables.add(table(namespace, table));
                }
            }
            return new SchemaModel(tables, sequences, enumTypes());
        }

        /**
         * Named enum types, from the auxiliary objects Hibernate's PostgreSQL enum type registers: Hibernate writes
         * them as {@code create type Name as enum ('A','B')}, and that statement is read back here rather than
         * re-deriving names and value order from the Java enums.
         */
        private List<EnumType> enumTypes() {
            var types = new ArrayList<EnumType>();
            var context = SqlStringGenerationContextImpl.forTests(metadata.getDatabase().getJdbcEnvironment());
            for (var aux : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
                if (!aux.appliesToDialect(dialect)) continue;
                for (String sql : aux.sqlCreateStrings(context)) {
                    Matcher m = CREATE_ENUM.matcher(sql.strip());
                    if (!m.matches()) continue;
                    var values = new ArrayList<String>();
                    Matcher v = ENUM_VALUE.matcher(m.group(2));
                    while (v.find()) values.add(v.group(1).replace("''", "'"));
                    types.add(new EnumType(PostgresNames.identifier(m.group(1)), values));
                }
            }
            return types;
        }

        private static final Pattern CREATE_ENUM = Pattern.compile("(?is)^create type (\\S+) as enum \\((.*)\\)$");
        private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");

        /** The class each table belongs to, by the table's model name; the first one wins, as in {@link #owners}. */
        Map<String, String> entityClasses() {
            var classes = new java.util.HashMap<String, String>();
            for (var entity : metadata.getEntityBindings()) {
                classes.putIfAbsent(modelName(entity.getTable()), entity.getClassName());
                entity.getJoins().forEach(j -> classes.putIfAbsent(modelName(j.getTable()), entity.getClassName()));
            }
            for (var collection : metadata.getCollectionBindings())
                classes.putIfAbsent(modelName(collection.getCollectionTable()), collection.getOwner().getClassName());
            return classes;
        }

        /** The property mapping each column, by {@code table.column}; the first one wins. */
        Map<String, String> attributes() {
            var attributes = new java.util.HashMap<String, String>();
            for (var entity : metadata.getEntityBindings()) {
                var properties = new ArrayList<org.hibernate.mapping.Property>();
                if (entity.getIdentifierProperty() != null) properties.add(entity.getIdentifierProperty());
                properties.addAll(entity.getPropertyClosure());
                for (var property : properties) {
                    var value = property.getValue();
                    if (value == null || value.getTable() == null) continue;
                    for (var column : value.getColumns())
                        attributes.putIfAbsent(modelName(value.getTable()) + "." + name(column),
                                entity.getClassName() + "." + property.getName());
                }
            }
            return attributes;
        }

        /** {@code @RenamedFrom} on entity classes (their table) and on fields or getters (their single column). */
        RenameHints hints() {
            var tables = new java.util.HashMap<String, String>();
            var columns = new java.util.HashMap<String, Map<String, String>>();
            for (var entity : metadata.getEntityBindings()) {
                Class<?> type = entity.getMappedClass();
                if (type == null) continue;
                RenamedFrom renamed = type.getAnnotation(RenamedFrom.class);
                if (renamed != null) tables.put(modelName(entity.getTable()), PostgresNames.identifier(renamed.value()));
                var properties = new ArrayList<org.hibernate.mapping.Property>(entity.getProperties());
                if (entity.getIdentifierProperty() != null) properties.add(entity.getIdentifierProperty());
                for (var property : properties) {
                    var from = renamedMember(type, property.getName());
                    if (from.isEmpty() || property.getValue().getColumnSpan() != 1) continue;
                    var selectable = property.getValue().getSelectables().get(0);
                    if (!(selectable instanceof org.hibernate.mapping.Column column)) continue;
                    columns.computeIfAbsent(modelName(property.getValue().getTable()), k -> new java.util.HashMap<>())
                            .put(name(column), PostgresNames.identifier(from.get()));
                }
            }
            return new RenameHints(tables, columns);
        }

        private static Optional<String> renamedMember(Class<?> type, String property) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (var field : c.getDeclaredFields())
                    if (field.getName().equals(property) && field.isAnnotationPresent(RenamedFrom.class))
                        return Optional.of(field.getAnnotation(RenamedFrom.class).value());
                for (var method : c.getDeclaredMethods())
                    if (method.getParameterCount() == 0 && method.isAnnotationPresent(RenamedFrom.class)
                            && method.getName().replaceFirst("^(get|is)", "").equalsIgnoreCase(property))
                        return Optional.of(method.getAnnotation(RenamedFrom.class).value());
            }
            return Optional.empty();
        }

        private static String modelName(org.hibernate.mapping.Table table) {
            return qualified(table.getQualifiedTableName().getSchemaName(), PostgresNames.identifier(table.getName(), table.isQuoted()));
        }

        /** Names in another schema than the default are written {@code schema.name}; catalogs do not exist in PostgreSQL. */
        private void enter(Namespace namespace, String what) {
            if (namespace.getName().catalog() != null)
                throw new ConfigurationException("the mapping puts " + what + " in catalog " + namespace.getName().catalog()
                        + ", which PostgreSQL does not have: use `schema` instead of `catalog` in @Table and generators");
            Identifier schema = namespace.getName().schema();
            used = usedBySchema.computeIfAbsent(schema == null ? "" : PostgresNames.identifier(schema.getText(), schema.isQuoted()),
                    k -> new HashSet<>());
        }

        private static String qualified(Identifier schema, String bareName) {
            if (schema == null) {
                if (bareName.contains("."))
                    throw new ConfigurationException("table or sequence name " + bareName + " contains a dot, which autogen "
                            + "reads as schema.name: rename it");
                return bareName;
            }
            return PostgresNames.identifier(schema.getText(), schema.isQuoted()) + "." + bareName;
        }

        private Table table(Namespace namespace, org.hibernate.mapping.Table table) {
            String tableName = PostgresNames.identifier(table.getName(), table.isQuoted());
            used.add(tableName);
            List<String> keyColumns = table.hasPrimaryKey() ? names(table.getPrimaryKey().getColumns()) : List.of();

            var columns = new ArrayList<Column>();
            for (var column : table.getColumns()) columns.add(column(tableName, column, keyColumns));
            List<String> columnNames = columns.stream().map(Column::name).toList();

            // PostgreSQL adds the checks with the table, then builds the key indexes: names are chosen in that order
            var checks = new ArrayList<CheckConstraint>();
            for (var column : table.getColumns()) checks.addAll(columnChecks(tableName, column, columnNames));
            for (var check : table.getChecks()) checks.add(check(tableName, check.getName(), check.getConstraint(), columnNames));

            var keys = keys(table, keyColumns);
            Optional<PrimaryKey> primaryKey = Optional.empty();
            var uniques = new ArrayList<UniqueConstraint>();
            for (Key key : keys) {
                if (key.primary) {
                    String name = key.name != null ? claim(key.name) : PostgresNames.primaryKey(tableName, used);
                    primaryKey = Optional.of(new PrimaryKey(name, key.columns));
                } else {
                    String name = key.name != null ? claim(key.name) : PostgresNames.uniqueKey(tableName, key.columns, used);
                    uniques.add(new UniqueConstraint(name, key.columns));
                }
            }

            var indexes = new ArrayList<Index>();
            for (var index : table.getIndexes().values()) {
                var order = index.getSelectableOrderMap();
                List<String> indexColumns = index.getSelectables().stream()
                        .filter(org.hibernate.mapping.Column.class::isInstance)
                        .map(s -> name((org.hibernate.mapping.Column) s) + Optional.ofNullable(order.get(s)).map(o -> " " + o).orElse(""))
                        .toList();
                indexes.add(new Index(PostgresNames.identifier(index.getName()), indexColumns, index.isUnique()));
            }

            var foreignKeys = new ArrayList<ForeignKey>();
            for (var fk : table.getForeignKeyCollection()) {
                // what StandardForeignKeyExporter skips: ConstraintMode.NO_CONSTRAINT, @NotFound(IGNORE), …
                if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) continue;
                var referenced = fk.getReferencedTable();
                List<org.hibernate.mapping.Column> targets = fk.isReferenceToPrimaryKey()
                        ? referenced.getPrimaryKey().getColumns() : fk.getReferencedColumns();
                var action = fk.getOnDeleteAction();
                foreignKeys.add(new ForeignKey(PostgresNames.identifier(fk.getName()), names(fk.getColumns()),
                        qualified(referenced.getQualifiedTableName().getSchemaName(),
                                PostgresNames.identifier(referenced.getName(), referenced.isQuoted())), names(targets),
                        action == null ? OnDelete.NO_ACTION : OnDelete.valueOf(action.name())));
            }
            return new Table(qualified(namespace.getName().schema(), tableName), columns, primaryKey, uniques, checks,
                    indexes, foreignKeys, Optional.ofNullable(table.getComment()));
        }

        private Column column(String tableName, org.hibernate.mapping.Column column, List<String> keyColumns) {
            String name = name(column);
            if (column.getCollation() != null)
                throw unsupported(tableName, name, "a column with a collation (" + column.getCollation() + ")");
            var type = ColumnType.of(column.getSqlType(metadata));
            // the test of Hibernate 7's ColumnDefinitions: an identity column is written "generated by default as identity"
            Optional<String> comment = Optional.ofNullable(column.getComment());
            if (column.isIdentity()) return new Column(name, type, false, Optional.empty(), true, comment);
            Optional<String> defaultSql = Optional.ofNullable(column.getDefaultValue()).map(dialect::getColumnDefaultString);
            // PostgreSQL makes primary key and serial columns NOT NULL whatever the column says
            boolean nullable = column.isNullable() && !keyColumns.contains(name) && !type.sql().endsWith("serial");
            if (column.getGeneratedAs() != null)   // Hibernate writes: generated always as (...) stored
                return new Column(name, type, nullable, Optional.empty(), false, comment, Optional.of(column.getGeneratedAs()));
            return new Column(name, type, nullable, defaultSql, false, comment);
        }

        private ConfigurationException unsupported(String table, String column, String what) {
            return new ConfigurationException("column " + table + "." + column + " is " + what
                    + ", which autogen does not support yet; remove it from the mapping or manage it in a hand-written migration");
        }

        /** Anonymous column checks become one {@code check ((a) and (b))}, named ones stay separate: as Hibernate writes them. */
        private List<CheckConstraint> columnChecks(String tableName, org.hibernate.mapping.Column column, List<String> columnNames) {
            var out = new ArrayList<CheckConstraint>();
            var anonymous = column.getCheckConstraints().stream().filter(org.hibernate.mapping.CheckConstraint::isAnonymous).toList();
            if (anonymous.size() == 1) out.add(check(tableName, null, anonymous.get(0).getConstraint(), columnNames));
            else if (anonymous.size() > 1)
                out.add(check(tableName, null, anonymous.stream().map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
                        .collect(joining(" and ")), columnNames));
            for (var named : column.getCheckConstraints())
                if (named.isNamed()) out.add(check(tableName, named.getName(), named.getConstraint(), columnNames));
            return out;
        }

        private CheckConstraint check(String tableName, String name, String expression, List<String> columnNames) {
            String checkName = name != null ? claim(PostgresNames.identifier(name))
                    : PostgresNames.check(tableName, expression, columnNames, used);
            return new CheckConstraint(checkName, expression);
        }

        /**
         * The primary key and unique constraints as PostgreSQL builds them from Hibernate's create table: the
         * primary key first, then inline {@code unique} columns, then the table's unique keys (CreateTableUniqueDelegate
         * skips a one-column key whose column is already unique). A key on the same columns as an earlier one is
         * merged into it, and gives it its name if the earlier one has none (transformIndexConstraints).
         */
        private List<Key> keys(org.hibernate.mapping.Table table, List<String> keyColumns) {
            var candidates = new ArrayList<Key>();
            if (table.hasPrimaryKey()) {
                UniqueKey ordering = table.getPrimaryKey().getOrderingUniqueKey();
                String name = ordering != null && ordering.isNameExplicit() ? PostgresNames.identifier(ordering.getName()) : null;
                candidates.add(new Key(true, name, keyColumns));
            }
            for (var column : table.getColumns())
                if (column.isUnique() && !table.isPrimaryKey(column)) candidates.add(new Key(false, null, List.of(name(column))));
            for (UniqueKey key : table.getUniqueKeys().values()) {
                if (isSingleColumnUnique(table, key)) continue;
                candidates.add(new Key(false, key.isNameExplicit() ? PostgresNames.identifier(key.getName()) : null, names(key.getColumns())));
            }
            var keys = new ArrayList<Key>();
            for (Key candidate : candidates) {
                Optional<Key> prior = keys.stream().filter(k -> k.columns.equals(candidate.columns)).findFirst();
                if (prior.isEmpty()) keys.add(candidate);
                else if (prior.get().name == null) prior.get().name = candidate.name;
            }
            return keys;
        }

        private static boolean isSingleColumnUnique(org.hibernate.mapping.Table table, UniqueKey key) {
            if (key.getColumns().size() != 1) return false;
            var column = key.getColumn(0);
            if (column.isUnique()) return true;
            var real = table.getColumn(column);
            return real != null && real.isUnique();
        }

        private String claim(String name) {
            used.add(name);
            return name;
        }

        private static String name(org.hibernate.mapping.Column column) {
            return PostgresNames.identifier(column.getName(), column.isQuoted());
        }

        private static List<String> names(List<org.hibernate.mapping.Column> columns) {
            return columns.stream().map(ModelBuilder::name).toList();
        }
    }

    /** A primary key or unique constraint while its PostgreSQL name is worked out; {@code name} null = unnamed. */
    private static final class Key {
        final boolean primary;
        String name;
        final List<String> columns;

        Key(boolean primary, String name, List<String> columns) {
            this.primary = primary;
            this.name = name;
            this.columns = columns;
        }
    }
}
