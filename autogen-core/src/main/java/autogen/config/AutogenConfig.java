package autogen.config;

import autogen.runtime.Durations;
import autogen.runtime.Secrets;
import autogen.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What autogen works on. Read from {@code autogen.properties}; the environment variables AUTOGEN_URL,
 * AUTOGEN_USER and AUTOGEN_PASSWORD override the file, and a {@code --url} flag overrides both. Relative paths
 * are relative to the folder of the file. The password is never part of {@link #toString()}; {@link #secrets()}
 * hides it from anything else printed.
 *
 * @param url JDBC URL of the database to compare with and migrate; empty means the embedded default
 * @param entityPackages packages holding the entity classes (sub-packages included)
 * @param classpath directories and jars with the compiled entity classes
 * @param migrationsDir the folder of migration sources
 * @param headerTemplate a file replacing the built-in Javadoc header of generated migrations
 * @param hibernateSettings the {@code hibernate.*} keys of the file, given to Hibernate when it reads the entities
 *     (naming strategies, for instance), so that autogen sees the mapping the application runs with
 * @param lockTimeout PostgreSQL's lock_timeout for every revision ({@code 5s}): a step waiting longer for a lock
 *     fails the revision instead of stalling the application's queries behind it
 * @param safeForms whether {@code revision} writes the non-blocking forms of locking steps on existing tables
 *     (CREATE INDEX CONCURRENTLY, NOT VALID then VALIDATE); such a revision runs outside a transaction
 * @param lockWait how long a runner waits for another one migrating the same database, as written; when loaded,
 *     checked to be a duration that {@link Durations#parse} (and PostgreSQL's lock_timeout) reads, as lockTimeout is
 * @param transactionPerRun {@code transaction_per=run}: one transaction for all the revisions of a run, instead of
 *     one per revision
 * @param exclude table-name patterns ({@code *} any run of characters, {@code ?} one) that autogen leaves alone,
 *     and patterns of columns, indexes, sequences and enum types after their kind ({@link ObjectFilter})
 * @param timestampTimeZone the time zone that values of {@code timestamp} (without time zone) columns are in: a
 *     column changed to or from {@code timestamp with time zone} is converted at this zone, written into the revision
 * @param revisionHook the class of an {@link autogen.migration.RevisionHook} that rewrites a revision's steps before
 *     it is written ({@code revision.hook})
 */
public record AutogenConfig(Optional<String> url, Optional<String> user, Optional<String> password, String schema,
        List<String> entityPackages, List<Path> classpath, Path migrationsDir, String migrationsPackage,
        String versionTable, Optional<Path> headerTemplate, List<String> exclude, Map<String, String> hibernateSettings,
        Optional<String> lockTimeout, boolean safeForms, String lockWait, boolean transactionPerRun,
        String timestampTimeZone, Optional<String> revisionHook) {

    public static final String FILE_NAME = "autogen.properties";

    static final Set<String> KEYS = Set.of("url", "user", "password", "schema", "entities", "classpath",
            "migrations.dir", "migrations.package", "version_table", "migrations.header", "exclude", "lock_timeout",
            "safe_forms", "lock_wait", "transaction_per", "timestamp_time_zone", "revision.hook");

    public AutogenConfig {
        entityPackages = List.copyOf(entityPackages);
        classpath = List.copyOf(classpath);
        exclude = List.copyOf(exclude);
        hibernateSettings = Map.copyOf(hibernateSettings);
    }


    /** This configuration with the entities read from {@code entries} (the Maven plugin's project class path). */
    public AutogenConfig withClasspath(List<Path> entries) {
        return new AutogenConfig(url, user, password, schema, entityPackages, entries, migrationsDir, migrationsPackage,
                versionTable, headerTemplate, exclude, hibernateSettings, lockTimeout, safeForms, lockWait, transactionPerRun,
                timestampTimeZone, revisionHook);
    }

    /**
     * Where {@code revision} writes the index of the migrations that autogen-runtime reads at start-up: the same
     * package path under {@code src/main/resources} when the sources are under {@code src/main/java} (Maven packages
     * only that folder's files as resources), otherwise beside the sources.
     */
    public Path migrationsIndex() {
        String packagePath = migrationsPackage.replace('.', '/');
        String dir = migrationsDir.toString().replace('\\', '/');
        String sources = "src/main/java/" + packagePath;
        if (dir.endsWith(sources)) {
            String root = dir.substring(0, dir.length() - sources.length());
            return Path.of(root + "src/main/resources/" + packagePath, autogen.revision.MigrationClasses.INDEX_NAME);
        }
        return migrationsDir.resolve(autogen.revision.MigrationClasses.INDEX_NAME);
    }

    /** Reads {@code file}, then applies the environment; a missing or malformed file is a configuration error. */
    public static AutogenConfig load(Path file, Map<String, String> environment) {
        return load(file, environment, Optional.empty());
    }

    /**
     * As {@link #load(Path, Map)}, with {@code urlFlag} (the {@code --url} flag) overriding the url of the file and
     * the environment. Values are checked here, before anything connects: the url that is used, durations, booleans.
     */
    public static AutogenConfig load(Path file, Map<String, String> environment, Optional<String> urlFlag) {
        if (!Files.isRegularFile(file))
            throw new ConfigurationException("no configuration file " + file.toAbsolutePath().normalize()
                    + ": run `autogen init` there, or pass -C DIR / --config FILE");
        return of(read(file), file.toAbsolutePath().getParent(), file.getFileName().toString(), environment, urlFlag);
    }

    /** The settings of a properties file, keys and values as written; a file that cannot be read is a configuration error. */
    public static Map<String, String> read(Path file) {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toMap(key -> key, properties::getProperty));
    }

    /** Whether {@code key} is a setting: one of the file's keys, a {@code hibernate.*} key, or a target's. */
    public static boolean isSetting(String key) {
        if (TARGET_KEYS.contains(key)) return true;
        if (key.startsWith("target.")) {
            int dot = key.indexOf('.', "target.".length());
            return dot > "target.".length() && isSetting(key.substring(dot + 1)) && !key.substring(dot + 1).startsWith("target.");
        }
        return KEYS.contains(key) || key.startsWith("hibernate.");
    }

    /** The settings of several targets sharing one history: their names, the pool's size, what a failure does. */
    static final Set<String> TARGET_KEYS = Set.of("targets", "parallel", "on_failure");

    /**
     * {@code targets}: the names a run of {@code upgrade}, {@code current} or {@code check} covers, each configured by
     * its {@code target.NAME.*} keys over the file's; {@code parallel}: how many run at once; {@code stopOnFailure}:
     * {@code on_failure=stop}, no target started after one failed ({@code continue}, the default, runs them all).
     */
    public record Targets(List<String> names, int parallel, boolean stopOnFailure) {

        /** The targets of a file's settings; no names when it lists none. */
        public static Targets of(Map<String, String> properties, String source) {
            var names = value(properties, "targets").map(AutogenConfig::list).orElse(List.of());
            int parallel;
            try {
                parallel = Integer.parseInt(value(properties, "parallel").orElse("4"));
            } catch (NumberFormatException e) {
                parallel = 0;
            }
            if (parallel < 1 || parallel > 64)
                throw new ConfigurationException("parallel is " + properties.get("parallel") + " in " + source
                        + ": write how many targets run at once, 1 to 64");
            String onFailure = value(properties, "on_failure").orElse("continue");
            if (!onFailure.equals("continue") && !onFailure.equals("stop"))
                throw new ConfigurationException("on_failure is " + onFailure + " in " + source + ": write continue (every "
                        + "target runs) or stop (none is started after one fails)");
            return new Targets(names, parallel, onFailure.equals("stop"));
        }
    }

    /**
     * The settings of target {@code name}: the file's, each {@code target.NAME.KEY} replacing {@code KEY}, the other
     * targets' keys left out.
     * @throws ConfigurationException when the file names no such target
     */
    public static Map<String, String> forTarget(Map<String, String> properties, String name, String source) {
        String prefix = "target." + name + ".";
        boolean listed = value(properties, "targets").map(AutogenConfig::list).orElse(List.of()).contains(name);
        if (!listed && properties.keySet().stream().noneMatch(k -> k.startsWith(prefix)))
            throw new ConfigurationException("no target " + name + " in " + source + ": list it in targets, or give it "
                    + "target." + name + ".url (and any other key) there");
        var out = new java.util.HashMap<String, String>();
        properties.forEach((k, v) -> {
            if (!k.startsWith("target.") && !TARGET_KEYS.contains(k)) out.put(k, v);
        });
        properties.forEach((k, v) -> {
            if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), v);
        });
        return out;
    }

    /** As {@link #load(Path, Map, Optional)}, for one target of the file ({@code --target NAME}). */
    public static AutogenConfig load(Path file, Map<String, String> environment, Optional<String> urlFlag, String target) {
        if (!Files.isRegularFile(file))
            throw new ConfigurationException("no configuration file " + file.toAbsolutePath().normalize()
                    + ": run `autogen init` there, or pass -C DIR / --config FILE");
        String source = file.getFileName().toString();
        return of(forTarget(read(file), target, source), file.toAbsolutePath().getParent(), source + " (target " + target + ")",
                environment, urlFlag);
    }

    /**
     * The configuration of {@code properties} (the keys of autogen.properties), with relative paths resolved against
     * {@code base}; {@code source} names where the settings came from in error messages. The environment and
     * {@code urlFlag} override them as in {@link #load(Path, Map, Optional)}.
     */
    public static AutogenConfig of(Map<String, String> properties, Path base, String source, Map<String, String> environment,
            Optional<String> urlFlag) {
        var unknown = new TreeSet<>(properties.keySet());
        unknown.removeIf(AutogenConfig::isSetting);
        if (!unknown.isEmpty())
            throw new ConfigurationException("unknown setting " + unknown + " in " + source + "; known settings: " + new TreeSet<>(KEYS) + " and hibernate.*");
        String migrationsPackage = value(properties, "migrations.package").orElseThrow(() -> new ConfigurationException(
                "migrations.package is not set in " + source + ": name the Java package of the migration classes"));
        Optional<String> url = urlFlag.map(u -> checkedUrl(u, "from --url"))
                .or(() -> env(environment, "AUTOGEN_URL").map(u -> checkedUrl(u, "from AUTOGEN_URL")))
                .or(() -> value(properties, "url").map(u -> checkedUrl(u, "in " + source)));
        Path root = base.toAbsolutePath();
        return new AutogenConfig(
                url,
                env(environment, "AUTOGEN_USER").or(() -> value(properties, "user")),
                env(environment, "AUTOGEN_PASSWORD").or(() -> value(properties, "password")),
                value(properties, "schema").orElse("public"),
                list(value(properties, "entities").orElseThrow(() -> new ConfigurationException(
                        "entities is not set in " + source + ": name the package(s) of your @Entity classes"))),
                list(value(properties, "classpath").orElse("target/classes")).stream().map(root::resolve).map(Path::normalize).toList(),
                root.resolve(value(properties, "migrations.dir").orElse(
                        "src/main/java/" + migrationsPackage.replace('.', '/'))).normalize(),
                migrationsPackage,
                value(properties, "version_table").orElse("autogen_version"),
                value(properties, "migrations.header").map(root::resolve),
                value(properties, "exclude").map(AutogenConfig::list).map(entries -> excludes(entries, source)).orElse(List.of()),
                properties.keySet().stream().filter(key -> key.startsWith("hibernate."))
                        .collect(Collectors.toMap(key -> key, key -> properties.get(key).strip())),
                value(properties, "lock_timeout").map(v -> duration("lock_timeout", v, source)),
                bool("safe_forms", value(properties, "safe_forms").orElse("false"), source),
                duration("lock_wait", value(properties, "lock_wait").orElse(autogen.runtime.Runner.DEFAULT_LOCK_WAIT), source),
                transactionPer(value(properties, "transaction_per").orElse("revision"), source),
                timeZone(value(properties, "timestamp_time_zone").orElse(autogen.diff.Comparator.DEFAULT_TIMESTAMP_TIME_ZONE), source),
                value(properties, "revision.hook"));
    }

    /**
     * {@code url} if the PostgreSQL driver can use it. A URL it cannot is a configuration error, found before
     * connecting: the driver's own error would be a database error that prints the URL, password included.
     * {@code source} says where it was set ("from AUTOGEN_URL").
     */
    static String checkedUrl(String url, String source) {
        String shown = "url " + masked(url) + " (" + source + ")";
        if (!url.startsWith("jdbc:postgresql:"))
            throw new ConfigurationException(shown + " does not start with jdbc:postgresql:, as PostgreSQL JDBC URLs do: "
                    + "write it as jdbc:postgresql://localhost:5432/app");
        String authority = url.startsWith("jdbc:postgresql://") ? url.substring("jdbc:postgresql://".length()).split("[/?]", 2)[0] : "";
        if (authority.contains("@"))
            throw new ConfigurationException(shown + " has user:password@ before the host, which the PostgreSQL driver "
                    + "does not read (it takes it for part of the host name): set user, and the password in AUTOGEN_PASSWORD");
        if (org.postgresql.Driver.parseURL(url, null) == null)
            throw new ConfigurationException(shown + " cannot be read by the PostgreSQL driver: check the port (1 to 65535), "
                    + "the host and any %-escapes, as in jdbc:postgresql://localhost:5432/app");
        return url;
    }

    /** Checked as a duration, kept as written: PostgreSQL is given the text (Runner sets lock_timeout to it). */
    private static String duration(String key, String value, String source) {
        Durations.parse(key, value, source);
        return value;
    }

    private static boolean bool(String key, String value, String source) {
        if (value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        throw new ConfigurationException(key + " is " + value + ": use true or false (in " + source + ")");
    }

    private static boolean transactionPer(String value, String source) {
        return switch (value) {
            case "revision" -> false;
            case "run" -> true;
            default -> throw new ConfigurationException("transaction_per is " + value + ": use revision (the default) or run"
                    + " (in " + source + ")");
        };
    }

    /** A zone PostgreSQL knows too: a region name ({@code Europe/Paris}) or {@code UTC}, checked before anything runs. */
    private static String timeZone(String zone, String source) {
        try {
            java.time.ZoneId.of(zone);
            return zone;
        } catch (java.time.DateTimeException e) {
            throw new ConfigurationException("timestamp_time_zone is " + zone + ", which is not a time zone: use UTC or a "
                    + "region such as Europe/Paris (in " + source + ")", e);
        }
    }

    /** The {@code exclude} entries, each a table pattern or one after a kind autogen knows. */
    private static List<String> excludes(List<String> entries, String source) {
        for (String entry : entries)
            if (!ObjectFilter.knownKind(entry))
                throw new ConfigurationException("exclude entry " + entry + " (in " + source + ") names no kind autogen knows: "
                        + "write a table pattern, or one after table:, column: (table.column), index:, sequence: or enum:");
        return entries;
    }

    /** Whether a table is hidden by an {@code exclude} pattern. */
    public boolean excluded(String table) {
        return filter().table(table);
    }

    /** The whole {@code exclude} setting: tables, and columns, indexes, sequences and enum types by kind. */
    public ObjectFilter filter() {
        return new ObjectFilter(exclude);
    }

    public boolean embedded() {
        return url.isEmpty();
    }

    /** The URL as it may be shown: any password inside it masked. */
    public static String masked(String url) {
        return Secrets.NONE.withUrl(url).mask(url);
    }

    /** What must never be printed: the password and the passwords in the url. */
    public Secrets secrets() {
        return Secrets.NONE.withValue(password.orElse(null)).withUrl(url.orElse(null));
    }

    @Override
    public String toString() {
        return "AutogenConfig[url=" + url.map(AutogenConfig::masked).orElse("(embedded)") + ", user=" + user.orElse("")
                + ", password=" + (password.isPresent() ? "***" : "") + ", schema=" + schema + ", entities=" + entityPackages
                + ", classpath=" + classpath + ", migrationsDir=" + migrationsDir + ", migrationsPackage=" + migrationsPackage
                + ", versionTable=" + versionTable + ", exclude=" + exclude + ", hibernateSettings=" + hibernateSettings.keySet() + "]";
    }

    private static Optional<String> value(Map<String, String> properties, String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<String> env(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
