package autogen.tooling;

import autogen.ConfigurationException;
import autogen.DatabaseException;
import autogen.MigrationException;
import autogen.cache.Cache;
import autogen.cache.ReplaySnapshots;
import autogen.compile.MigrationCompiler;
import autogen.config.AutogenConfig;
import autogen.diff.MigrationPlan;
import autogen.embedded.Database;
import autogen.inspect.EntityInspector;
import autogen.render.MigrationRenderer;
import autogen.revision.MigrationClasses;
import autogen.revision.RevisionGraph;
import autogen.revision.RevisionInfo;
import autogen.runtime.Runner;
import autogen.runtime.VersionTable;
import autogen.sql.Identifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What every use case works on: the configuration, the entities (read lazily: upgrade and history need none, and
 * must not fail when none are built), the migration history, and the database to compare with or migrate.
 */
final class Project {

    final AutogenConfig config;
    final Supplier<EntityInspector> entities;
    final Clock clock;
    final Progress progress;
    final Cache cache;
    /** The entities being read on another thread, once {@link #readEntitiesInBackground()} began it. */
    private final AtomicReference<CompletableFuture<EntityInspector.Mapping>> mapping = new AtomicReference<>();

    Project(AutogenConfig config, Supplier<EntityInspector> entities, Clock clock, Progress progress, Cache cache) {
        this.config = config;
        this.entities = entities;
        this.clock = clock;
        this.progress = progress;
        this.cache = cache;
    }

    Project with(Progress progress) {
        return new Project(config, entities, clock, progress, cache);
    }

    Project with(Cache cache) {
        return new Project(config, entities, clock, progress, cache);
    }

    /** The migration history: the migrations folder compiled in memory (or taken from the cache). */
    RevisionGraph history() {
        try (var phase = progress.start("compile", "compiling the migrations in " + config.migrationsDir())) {
            return new RevisionGraph(MigrationCompiler.compile(config.migrationsDir(), config.classpath(), cache));
        }
    }

    /**
     * Starts reading the entities with Hibernate on another thread, while the database starts and the history is
     * replayed, which do not depend on it. What goes wrong there is reported by {@link #mapping()}, so a command
     * that turns out not to need the entities (a database behind the history) never fails for them.
     */
    void readEntitiesInBackground() {
        var future = new CompletableFuture<EntityInspector.Mapping>();
        if (!mapping.compareAndSet(null, future)) return;
        var reader = new Thread(() -> {
            try {
                future.complete(readMapping());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "autogen-entities");
        reader.setDaemon(true);
        // Hibernate loads classes through the context class loader too (the Maven plugin's realm, in-process)
        reader.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        reader.start();
    }

    /** The entities' schema as Hibernate maps them. */
    EntityInspector.Mapping mapping() {
        var future = mapping.get();
        if (future == null) return readMapping();
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    private EntityInspector.Mapping readMapping() {
        try (var phase = progress.start("entities", "reading the entities with Hibernate")) {
            return entities.get().readMapping();
        }
    }

    VersionTable versionTable() {
        return new VersionTable(config.versionTable());
    }

    /** A runner on {@code c} with every setting of the configuration. */
    Runner runner(Connection c, Database db, RevisionGraph graph) {
        return new Runner(c, graph, versionTable(), config.lockTimeout()).waitingForLock(config.lockWait())
                .oneTransactionPerRun(config.transactionPerRun()).lockingWith(db::connect);
    }

    /**
     * The database to compare with, at {@code targets}: the configured one as it is (only read), or the embedded
     * default with the history replayed up to {@code targets}, started from the cache's snapshot of that very replay
     * when one is kept ({@link ReplaySnapshots}), and kept as one otherwise.
     */
    Database databaseAt(RevisionGraph graph, Set<String> targets) {
        if (config.url().isPresent()) return Database.live(config.url().get(), config.user(), config.password());
        return embeddedAt(graph, targets);
    }

    /** The embedded database with the history replayed up to {@code targets}, whether a url is set or not. */
    Database embeddedAt(RevisionGraph graph, Set<String> targets) {
        if (targets.isEmpty()) return embedded();
        ReplaySnapshots.Started started;
        try (var phase = progress.start("db-start", "starting the embedded PostgreSQL")) {
            started = new ReplaySnapshots(cache).start(replayKey(graph, targets));
        }
        Database db = started.database().closingWithin(() -> progress.time("db-stop"));
        if (started.replayed()) return db;
        try (Connection c = db.connect()) {
            useSchema(c, db);
            try (var phase = progress.start("replay", "replaying the history into the embedded database")) {
                new Runner(c, graph, versionTable(), config.lockTimeout()).lockingWith(db::connect)
                        .upgrade(targets, progress.revisions());
            }
            started.keep();
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            if (e instanceof RuntimeException r) throw r;
            throw DatabaseException.of("cannot close the database connection", (SQLException) e);
        }
    }

    /** Everything a replay up to {@code targets} did: each revision on the way with its checksum, and the settings it used. */
    private String replayKey(RevisionGraph graph, Set<String> targets) {
        var parts = new ArrayList<String>(List.of("replay v1", Cache.BUILD, config.schema(), config.versionTable()));
        parts.addAll(new TreeSet<>(targets));
        Set<String> replayed = graph.ancestorsAndSelf(List.copyOf(targets));
        for (var m : graph.ordered())
            if (replayed.contains(m.id())) {
                parts.add(m.id());
                parts.add(m.checksum());
            }
        for (var squash : graph.squashes()) {   // a replay from base takes a squash instead of its revisions
            parts.add("squash " + squash.id());
            parts.add(squash.checksum());
        }
        return Cache.key(parts);
    }

    Database embedded() {
        try (var phase = progress.start("db-start", "starting the embedded PostgreSQL")) {
            return Database.embeddedDefault().closingWithin(() -> progress.time("db-stop"));
        }
    }

    Database liveDatabase(String command) {
        return Database.live(config.url().orElseThrow(() -> new ConfigurationException(
                command + " needs a database: set url in autogen.properties, AUTOGEN_URL, or pass --url")),
                config.user(), config.password());
    }

    /** {@code replayFirst}: on the embedded database, apply the whole history before the work (to undo it there). */
    <T> T onDatabase(String command, boolean replayFirst, BiFunction<RevisionGraph, Runner, T> work) {
        RevisionGraph graph = history();
        try (Database db = config.embedded() ? embedded() : liveDatabase(command); Connection c = db.connect()) {
            useSchema(c, db);
            var runner = runner(c, db, graph);
            if (db.embedded() && replayFirst && !graph.isEmpty())
                try (var phase = progress.start("replay", "applying the history to the embedded database first")) {
                    runner.upgrade(graph.head(), Integer.MAX_VALUE, progress.revisions());
                }
            return work.apply(graph, runner);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }

    /** The heads of the history the database is at, its connection {@code c} set to the configured schema. */
    Set<String> headsOf(Connection c, Database db, RevisionGraph graph) {
        useSchema(c, db);
        return new Runner(c, graph, versionTable(), config.lockTimeout()).lockingWith(db::connect).heads();
    }

    void useSchema(Connection c, Database db) {
        if (config.schema().equals("public")) return;
        try (var s = c.createStatement()) {
            String schema = Identifiers.quote(config.schema());
            if (db.embedded()) s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            s.execute("SET search_path TO " + schema);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot use schema " + config.schema(), e);
        }
    }

    /** A new revision after {@code down}, created now. */
    RevisionInfo newRevision(List<String> down, String message) {
        return new RevisionInfo(RevisionInfo.newId(), down, message, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Writes the new revision's class, and the index autogen-runtime reads with it added ({@link MigrationClasses}). */
    Path write(RevisionGraph graph, RevisionInfo info, MigrationPlan plan) {
        return write(graph, List.of(new Planned(info, plan))).get(0);
    }

    /** A new revision and its steps. */
    record Planned(RevisionInfo info, MigrationPlan plan) {}

    /**
     * Writes new revisions' classes (none if one of their files exists already), then the index with all of them
     * added; returns their files in order.
     */
    List<Path> write(RevisionGraph graph, List<Planned> revisions) {
        var files = new ArrayList<Path>();
        var sources = new ArrayList<String>();
        for (Planned revision : revisions) {
            Path file = file(revision.info());
            if (Files.exists(file)) throw new ConfigurationException(file + " already exists: wait a second or change the message");
            files.add(file);
            sources.add(source(revision.info(), revision.plan()));
        }
        for (int i = 0; i < files.size(); i++)
            try {
                Files.createDirectories(config.migrationsDir());
                Files.writeString(files.get(i), sources.get(i), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigurationException("cannot write " + files.get(i) + ": " + e.getMessage(), e);
            }
        var names = classNames(graph);
        for (Planned revision : revisions) names.add(config.migrationsPackage() + "." + MigrationRenderer.className(revision.info()));
        writeIndex(names);
        return files;
    }

    /** The class a new revision's file holds. */
    String source(RevisionInfo info, MigrationPlan plan) {
        return renderer().render(config.migrationsPackage(), MigrationRenderer.className(info), info, plan);
    }

    /** Where a new revision's class is written. */
    Path file(RevisionInfo info) {
        return config.migrationsDir().resolve(MigrationRenderer.className(info) + ".java");
    }

    /** Rewrites the index from the history as it is (after migrations were added or removed by hand). */
    Path writeIndex(RevisionGraph graph) {
        return writeIndex(classNames(graph));
    }

    /**
     * What is wrong with the index, if anything: it lists other classes than the history has, so an application
     * would silently apply another history than the one autogen checks. A missing index is no problem: a project that
     * applies its migrations with the CLI needs none, and the runtime refuses to start without it.
     */
    java.util.Optional<String> indexProblem(RevisionGraph graph) {
        Path index = config.migrationsIndex();
        if (graph.isEmpty()) return java.util.Optional.empty();
        String expected = MigrationClasses.index(config.migrationsPackage(), classNames(graph));
        String actual;
        try {
            actual = Files.exists(index) ? Files.readString(index, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return java.util.Optional.of("cannot read the migration index " + index + ": " + e.getMessage());
        }
        if (actual == null || listed(actual).equals(listed(expected))) return java.util.Optional.empty();
        return java.util.Optional.of("the migration index " + index + " does not list the migrations of the history, so an "
                + "application would not apply what autogen checks (a migration added or removed by hand?): rewrite it with "
                + "`autogen index` and commit it");
    }

    private static List<String> listed(String index) {
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    }

    private static List<String> classNames(RevisionGraph graph) {
        var names = new ArrayList<String>();
        graph.ordered().forEach(m -> names.add(m.migration().getClass().getName()));
        graph.squashes().forEach(m -> names.add(m.migration().getClass().getName()));
        return names;
    }

    private Path writeIndex(List<String> names) {
        Path index = config.migrationsIndex();
        try {
            Files.createDirectories(index.getParent());
            Files.writeString(index, MigrationClasses.index(config.migrationsPackage(), names), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot write the migration index " + index + ": " + e.getMessage(), e);
        }
        return index;
    }

    private MigrationRenderer renderer() {
        return config.headerTemplate().map(path -> {
            try {
                return new MigrationRenderer(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ConfigurationException("cannot read migrations.header " + path + ": " + e.getMessage(), e);
            }
        }).orElseGet(MigrationRenderer::new);
    }

    static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", new TreeSet<>(heads));
    }

    /** {@code +N} or {@code -N}: N. */
    static int steps(String relative) {
        try {
            int n = Integer.parseInt(relative.substring(1));
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("bad relative target " + relative + ": use +N or -N with N a positive number");
    }

    static MigrationException behind(Database db, Set<String> heads, Set<String> base, boolean branch) {
        return new MigrationException(db.describe() + " is at " + describe(heads) + " but "
                + (branch ? "the revision follows " + describe(base) + ": run `autogen upgrade " + base.iterator().next() + "` first"
                        : "the history's head is " + describe(base) + ": run `autogen upgrade head` first"));
    }
}
