package autogen;

import autogen.config.AutogenConfig;
import autogen.config.ClassFinder;
import autogen.diff.Adoption;
import autogen.diff.Comparator;
import autogen.diff.MigrationPlan;
import autogen.diff.RenameDetector;
import autogen.diff.RenameQuestioner;
import autogen.diff.SafeForms;
import autogen.sql.Identifiers;
import autogen.inspect.EntityInspector;
import autogen.lint.Finding;
import autogen.lint.Risk;
import autogen.lint.Safety;
import autogen.migration.Migration;
import autogen.model.SchemaModel;
import autogen.ops.Operation;
import autogen.reflect.ExpressionCanonicalizer;
import autogen.reflect.DatabaseReader;
import autogen.reflect.RowEstimates;
import autogen.render.MigrationRenderer;
import autogen.revision.HistoryObjects;
import autogen.revision.LoadedMigration;
import autogen.revision.MigrationLoader;
import autogen.revision.RevisionGraph;
import autogen.revision.RevisionInfo;
import autogen.runtime.Database;
import autogen.runtime.Runner;
import autogen.runtime.VersionTable;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The library's entry point: every CLI command is one call here. Without a configured url, {@code revision} and
 * {@code check} replay the migration history into the embedded database and compare the entities with that.
 */
public final class Autogen {

    private final AutogenConfig config;
    private final Supplier<EntityInspector> entities;
    private final Clock clock;

    /** Autogen on the entities that {@code config} names (its classpath and entity packages). */
    public Autogen(AutogenConfig config) {
        // lazily: upgrade, downgrade and history need no entities, so they must not fail when none are built
        this(config, () -> EntityInspector.forClasspath(config.classpath(), config.entityPackages())
                .withSettings(config.hibernateSettings()), Clock.systemUTC());
    }

    /** Autogen on the given entities, usually {@code EntityInspector.forClasses(...)}. */
    public Autogen(AutogenConfig config, EntityInspector entities, Clock clock) {
        this(config, () -> entities, clock);
    }

    private Autogen(AutogenConfig config, Supplier<EntityInspector> entities, Clock clock) {
        this.config = config;
        this.entities = entities;
        this.clock = clock;
    }

    public AutogenConfig config() {
        return config;
    }

    /** The migration history: the migrations folder compiled in memory. */
    public RevisionGraph history() {
        return new RevisionGraph(MigrationLoader.compile(config.migrationsDir(), config.classpath()));
    }

    /**
     * What {@code revision} did. {@code rowEstimates}: rows per table of the live database compared with (empty for
     * the embedded one), so that the summary can say whether a risky step touches an empty or a large table.
     */
    public record RevisionResult(Optional<Path> file, RevisionInfo revision, MigrationPlan plan, Map<String, Long> rowEstimates,
            List<String> leftAlone) {
        public RevisionResult(Optional<Path> file, RevisionInfo revision, MigrationPlan plan, Map<String, Long> rowEstimates) {
            this(file, revision, plan, rowEstimates, List.of());
        }
    }

    /**
     * What {@code check} found: operations still to generate, revisions not yet applied to the database, and applied
     * revisions edited since (or that the history table cannot vouch for). Drift is looked for only once the database
     * is at the head of the history: behind it, {@code drift} is empty.
     */
    public record CheckResult(List<Operation> drift, List<String> pendingRevisions, String database, List<String> edited) {

        /** What can be wrong, in the order {@link #problems()} lists them: the first is the {@link #status()}. */
        public enum Problem {
            /** An applied revision was edited since, or the history table has no record to check it against. */
            EDITED,
            /** The database is not at the head of the history: revisions are pending. */
            BEHIND,
            /** The entities differ from the database at the head of the history. */
            DRIFT;

            /** The name in check's output: {@code edited}, {@code behind}, {@code drift}. */
            public String label() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        public boolean clean() {
            return problems().isEmpty();
        }

        /** Every problem found, most serious first; empty when entities, migrations and database agree. */
        public List<Problem> problems() {
            var problems = new ArrayList<Problem>();
            if (!edited.isEmpty()) problems.add(Problem.EDITED);
            if (!pendingRevisions.isEmpty()) problems.add(Problem.BEHIND);
            if (!drift.isEmpty()) problems.add(Problem.DRIFT);
            return List.copyOf(problems);
        }

        /** {@code clean}, or the label of the first problem. */
        public String status() {
            return problems().isEmpty() ? "clean" : problems().get(0).label();
        }
    }

    /**
     * Compares the entities with the database at the head of the history and writes a migration class for the
     * difference. Nothing is written when there is no difference, unless {@code empty} asks for a blank revision.
     */
    public RevisionResult revision(String message, boolean empty) {
        return revision(message, empty, RenameQuestioner.auto());
    }

    /** As {@link #revision(String, boolean)}, asking {@code renames} about each likely rename. */
    public RevisionResult revision(String message, boolean empty, RenameQuestioner renames) {
        return revision(message, empty, renames, config.safeForms());
    }

    /**
     * As {@link #revision(String, boolean, RenameQuestioner)}; with {@code safeForms}, locking steps on existing
     * tables take their non-blocking forms and the revision runs outside a transaction ({@link SafeForms}).
     */
    public RevisionResult revision(String message, boolean empty, RenameQuestioner renames, boolean safeForms) {
        return revision(message, empty, renames, safeForms, Optional.empty());
    }

    /**
     * As {@link #revision(String, boolean, RenameQuestioner, boolean)}, after {@code head} rather than the single
     * head: a deliberate branch. With a branch, the database compared with is the history up to {@code head}.
     */
    public RevisionResult revision(String message, boolean empty, RenameQuestioner renames, boolean safeForms,
            Optional<String> head) {
        RevisionGraph graph = history();
        head.ifPresent(graph::resolve);   // an unknown --head is an error on an empty history too
        MigrationPlan plan;
        Map<String, Long> rows = Map.of();
        if (empty) {
            plan = MigrationPlan.of(List.of());
        } else {
            try (Database db = database(); Connection c = db.connect()) {
                Set<String> base = graph.isEmpty() ? Set.of() : Set.of(head.map(graph::resolve).orElseGet(graph::head));
                Set<String> heads = prepareAt(c, db, graph, base);
                if (!heads.equals(base))
                    throw new MigrationException(db.describe() + " is at " + describe(heads) + " but "
                            + (head.isPresent() ? "the revision follows " + describe(base) + ": run `autogen upgrade "
                                    + base.iterator().next() + "` first"
                                    : "the history's head is " + describe(base) + ": run `autogen upgrade head` first"));
                var diff = compare(c, graph, renames, !db.embedded());
                var steps = safeForms ? SafeForms.apply(diff.operations()) : diff.operations();
                plan = MigrationPlan.of(steps, diff.notes());
                if (!db.embedded()) rows = RowEstimates.of(c, config.schema());
            } catch (SQLException e) {
                throw DatabaseException.of("cannot close the database connection", e);
            }
        }
        var down = graph.isEmpty() ? List.<String>of() : List.of(head.map(graph::resolve).orElseGet(graph::head));
        var created = new RevisionInfo(RevisionInfo.newId(), down, message,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        var info = SafeForms.used(plan.upgrade()) ? created.nonTransactional() : created;
        if (plan.isEmpty() && !empty) return new RevisionResult(Optional.empty(), info, plan, rows);
        return new RevisionResult(Optional.of(write(info, plan)), info, plan, rows);
    }

    private Path write(RevisionInfo info, MigrationPlan plan) {
        String className = MigrationRenderer.className(info);
        String source = renderer().render(config.migrationsPackage(), className, info, plan);
        Path file = config.migrationsDir().resolve(className + ".java");
        try {
            Files.createDirectories(config.migrationsDir());
            if (Files.exists(file)) throw new ConfigurationException(file + " already exists: wait a second or change the message");
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * Writes the first revision of a history for a database that exists already: it creates what the live database
     * has now (read from the database, not the entities) of what the entities map and what that depends on
     * ({@link Adoption}), so that fresh databases get the same schema by upgrading; {@code leftAlone} names the rest.
     * Existing databases are then adopted with {@code stamp head}.
     */
    public RevisionResult baseline(String message) {
        RevisionGraph graph = history();
        if (!graph.isEmpty())
            throw new ConfigurationException("a baseline is the first revision, but the history has " + graph.ordered().size()
                    + " already: write a normal revision instead");
        try (Database db = liveDatabase("revision --baseline"); Connection c = db.connect()) {
            useSchema(c, db);
            var schemas = new java.util.ArrayList<String>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname <> 'information_schema' ORDER BY 1")) {
                while (rs.next()) schemas.add(rs.getString(1));
            }
            SchemaModel live = DatabaseReader.read(c, config.schema(), schemas,
                    table -> new VersionTable(config.versionTable()).owns(table) || config.excluded(table));
            var adoption = Adoption.of(live, entities.get().readMapping().schema());
            var plan = MigrationPlan.of(new Comparator().compare(SchemaModel.EMPTY, adoption.adopted()));
            var info = new RevisionInfo(RevisionInfo.newId(), List.of(), message, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
            return new RevisionResult(Optional.of(write(info, plan)), info, plan, Map.of(), adoption.leftAlone());
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the database to baseline", e);
        }
    }

    /**
     * Writes an empty revision that follows several revisions ({@code heads} for all heads), joining branches: the
     * history has one head again. Nothing is compared; branches that conflict must be reconciled by hand in it.
     */
    public RevisionResult merge(String message, List<String> revisions) {
        RevisionGraph graph = history();
        List<String> down = revisions.equals(List.of("heads")) ? graph.heads()
                : revisions.stream().map(graph::resolve).distinct().sorted().toList();
        if (down.size() < 2)
            throw new ConfigurationException("merge needs at least two revisions to join, got " + down
                    + (revisions.equals(List.of("heads")) ? ": the history has a single head" : ""));
        var info = new RevisionInfo(RevisionInfo.newId(), down, message, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        var plan = MigrationPlan.of(List.of());
        return new RevisionResult(Optional.of(write(info, plan)), info, plan, Map.of());
    }

    /**
     * Writes the version table as if {@code targets} were applied, running nothing: {@code head}, {@code heads},
     * {@code base} or revisions. For a database whose schema already matches (adopting autogen, repairing by hand).
     */
    public Set<String> stamp(List<String> targets) {
        return stamp(targets, false);
    }

    /** As {@link #stamp(List)}; with {@code purge}, rows naming revisions the history does not have are replaced too. */
    public Set<String> stamp(List<String> targets, boolean purge) {
        liveDatabase("stamp").close();   // a throwaway embedded database has nothing worth stamping
        return onDatabase("stamp", false, (graph, runner) -> {
            var revisions = new java.util.ArrayList<String>();
            for (String target : targets)
                switch (target) {
                    case "base" -> { }
                    case "head" -> revisions.add(graph.head());
                    case "heads" -> revisions.addAll(graph.heads());
                    default -> revisions.add(graph.resolve(target));
                }
            return runner.stamp(graph.headsOf(revisions), purge);
        });
    }

    /** Compares entities, history and database: clean when all three agree. */
    public CheckResult check() {
        RevisionGraph graph = history();
        try (Database db = database(); Connection c = db.connect()) {
            Set<String> heads = prepareAt(c, db, graph, Set.copyOf(graph.heads()));
            List<String> pending = graph.isEmpty() ? List.of()
                    : graph.upgradePath(heads, graph.heads()).stream().map(LoadedMigration::describe).toList();
            var edited = new Runner(c, graph, new VersionTable(config.versionTable())).editedSinceApplied();
            if (!pending.isEmpty()) return new CheckResult(List.of(), pending, db.describe(), edited);
            return new CheckResult(compare(c, graph, RenameQuestioner.auto(), !db.embedded()).operations(), List.of(),
                    db.describe(), edited);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }

    /**
     * Applies revisions up to {@code target}: {@code head}, {@code +N} or a revision id (or unique prefix). Without a
     * url, into a fresh embedded database that is discarded afterwards: a dry run proving the history applies.
     */
    public List<LoadedMigration> upgrade(String target, Consumer<LoadedMigration> progress) {
        return onDatabase("upgrade", false, (graph, runner) -> {
            if (graph.isEmpty()) return named(graph, target);
            if (target.equals("heads")) return runner.upgrade(graph.heads(), progress);
            if (target.startsWith("+")) return runner.upgrade(graph.head(), steps(target), progress);
            return runner.upgrade(graph.target(target).map(List::of).orElse(List.of()), progress);
        });
    }

    /**
     * Undoes revisions down to {@code target}: {@code base}, {@code -N} or a revision id that stays applied. Without
     * a url, a dry run: the history is applied to a fresh embedded database, then undone there.
     */
    public List<LoadedMigration> downgrade(String target, Consumer<LoadedMigration> progress) {
        return onDatabase("downgrade", true, (graph, runner) -> {
            if (graph.isEmpty()) return named(graph, target);
            if (target.startsWith("-")) return runner.downgrade(null, steps(target), progress);
            return runner.downgrade(graph.target(target).orElse(null), Integer.MAX_VALUE, progress);
        });
    }

    /**
     * The SQL that {@code upgrade} would run, version-table statements included, without connecting to any
     * database: {@code TO} starts from base, {@code FROM:TO} from the revision {@code FROM} (or {@code base}).
     */
    public String upgradeSql(String range) {
        return script(range, true, false);
    }

    /**
     * As {@link #upgradeSql(String)}; with {@code idempotent}, each revision's statements run only if the version
     * table does not already have it (or a revision after it), so the script can run twice safely.
     */
    public String upgradeSql(String range, boolean idempotent) {
        return script(range, true, idempotent);
    }

    /** The SQL that {@code downgrade} would run from {@code FROM} to {@code TO} ({@code FROM:TO}; TO may be base). */
    public String downgradeSql(String range) {
        return script(range, false, false);
    }

    /** As {@link #downgradeSql(String)}; with {@code idempotent}, each revision is undone only while it is applied. */
    public String downgradeSql(String range, boolean idempotent) {
        return script(range, false, idempotent);
    }

    private String script(String range, boolean up, boolean idempotent) {
        RevisionGraph graph = history();
        String[] parts = range.split(":", 2);
        if (range.startsWith("+") || range.startsWith("-") || (!up && parts.length < 2))
            throw new ConfigurationException((up ? "upgrade" : "downgrade") + " --sql takes "
                    + (up ? "head, a revision or FROM:TO" : "FROM:TO") + ", not " + range
                    + ": offline, autogen does not know where the database is");
        String from = parts.length == 2 ? parts[0] : "base";
        String to = parts[parts.length - 1];
        Set<String> heads = new TreeSet<>();
        if (!from.equals("base")) heads.add(from.equals("head") ? graph.head() : graph.resolve(from));
        var versionTable = new VersionTable(config.versionTable());
        var runner = new Runner(null, graph, versionTable, config.lockTimeout());
        var steps = up ? graph.upgradePath(heads, to.equals("head") ? graph.head() : graph.resolve(to))
                : graph.downgradePath(heads, to.equals("base") ? null : graph.resolve(to));
        var script = new StringBuilder(versionTable.createSql()).append(";\n").append(versionTable.createHistorySql()).append(";\n");
        for (LoadedMigration step : steps) {
            script.append("\n-- ").append(up ? "upgrade " : "downgrade ").append(step.info().id()).append(": ")
                    .append(step.info().message().replaceAll("\\s+", " ")).append("\n");
            var after = graph.headsAfter(heads, step, up);
            var logged = new ArrayList<>(runner.stepSql(step, up, heads));
            logged.add(versionTable.logSql(step.id(), up, step.checksum(), 0));
            if (idempotent) {
                script.append(idempotentBlock(graph, step, up, logged));
            } else if (step.info().transactional()) {
                script.append("BEGIN;\n");
                for (String sql : logged) script.append(sql).append(";\n");
            } else {
                script.append("-- runs outside a transaction: each statement commits on its own\n");
                config.lockTimeout().ifPresent(t -> script.append("SET lock_timeout = ").append(Identifiers.literal(t)).append(";\n"));
                for (String sql : runner.ddlSql(step, up)) script.append(sql).append(";\n");
                script.append("BEGIN;\n");
                for (String sql : versionTable.moveSql(heads, after)) script.append(sql).append(";\n");
                script.append(versionTable.logSql(step.id(), up, step.checksum(), 0)).append(";\n");
            }
            script.append("COMMIT;\n");
            heads = after;
        }
        return script.toString();
    }

    /**
     * One revision as a block that checks the version table first: applied only if neither it nor a revision after
     * it is recorded (upgrade), or only while it is recorded (downgrade).
     */
    private String idempotentBlock(RevisionGraph graph, LoadedMigration step, boolean up, List<String> statements) {
        if (!step.info().transactional())
            throw new ConfigurationException("revision " + step.describe() + " runs outside a transaction (CONCURRENTLY), "
                    + "which an idempotent script cannot guard: print the script without --idempotent");
        String table = Identifiers.quote(config.versionTable());
        String condition = up
                ? "NOT EXISTS (SELECT 1 FROM " + table + " WHERE version_num IN (" + String.join(", ",
                        graph.descendantsAndSelf(step.id()).stream().map(Identifiers::literal).toList()) + "))"
                : "EXISTS (SELECT 1 FROM " + table + " WHERE version_num = " + Identifiers.literal(step.id()) + ")";
        var block = new StringBuilder("BEGIN;\nDO $autogen$ BEGIN\nIF ").append(condition).append(" THEN\n");
        for (String sql : statements) {
            if (sql.contains("$autogen$"))
                throw new ConfigurationException("a statement of " + step.describe() + " contains $autogen$, which would end "
                        + "the guard block: print the script without --idempotent");
            block.append("  ").append(sql).append(";\n");
        }
        return block.append("END IF;\nEND $autogen$;\n").toString();
    }

    /** One revision as {@code show} prints it: its steps, their findings, and the SQL its upgrade runs. */
    public record RevisionDetails(LoadedMigration revision, List<Operation> upgrade, Map<Operation, List<Finding>> findings,
            List<String> sql) {}

    public RevisionDetails show(String revision) {
        RevisionGraph graph = history();
        LoadedMigration m = graph.get(graph.target(revision).orElseThrow(() -> new ConfigurationException(
                "base is no revision: name one (see `autogen history`)")));
        List<Operation> steps = m.operations(true);
        var runner = new Runner(null, graph, new VersionTable(config.versionTable()), config.lockTimeout());
        return new RevisionDetails(m, steps, Safety.of(steps), runner.stepSql(m, true, Set.copyOf(m.info().down())));
    }

    /** The revisions from {@code from} to {@code to} inclusive (targets as for upgrade), newest first. */
    public List<LoadedMigration> history(String from, String to) {
        RevisionGraph graph = history();
        Set<String> upTo = graph.target(to).map(t -> graph.ancestorsAndSelf(List.of(t))).orElse(Set.of());
        Set<String> before = graph.target(from).map(f -> graph.ancestorsAndSelf(graph.get(f).info().down())).orElse(Set.of());
        var out = new ArrayList<>(graph.ordered().stream().filter(m -> upTo.contains(m.id()) && !before.contains(m.id())).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    /** The findings of one revision's upgrade, and those of them that destroy data without an acknowledgement. */
    public record LintReport(LoadedMigration revision, Map<Operation, List<Finding>> findings, List<Finding> unacknowledged) {}

    /** Classifies the steps of every revision (or of {@code revision} only), hand-written ones included. */
    public List<LintReport> lint(Optional<String> revision) {
        RevisionGraph graph = history();
        Optional<String> only = revision.map(graph::resolve);
        var reports = new ArrayList<LintReport>();
        for (LoadedMigration m : graph.ordered()) {
            if (only.isPresent() && !m.id().equals(only.get())) continue;
            List<Operation> steps = m.operations(true);
            var findings = Safety.of(steps);
            var unacknowledged = steps.stream().flatMap(op -> findings.get(op).stream())
                    .filter(f -> f.risk() == Risk.DESTROYS && !m.info().acknowledged().contains(f.code().id())).toList();
            var ordered = new java.util.LinkedHashMap<Operation, List<Finding>>();
            steps.forEach(op -> ordered.put(op, findings.get(op)));
            reports.add(new LintReport(m, ordered, unacknowledged));
        }
        return reports;
    }

    /** The heads applied to the configured database. */
    public Set<String> current() {
        liveDatabase("current").close();   // without a url there is no lasting database to ask
        return onDatabase("current", false, (graph, runner) -> runner.heads());
    }

    /** {@code replayFirst}: on the embedded database, apply the whole history before the work (to undo it there). */
    private <T> T onDatabase(String command, boolean replayFirst, BiFunction<RevisionGraph, Runner, T> work) {
        RevisionGraph graph = history();
        try (Database db = config.embedded() ? Database.embeddedDefault() : liveDatabase(command); Connection c = db.connect()) {
            useSchema(c, db);
            var runner = new Runner(c, graph, new VersionTable(config.versionTable()), config.lockTimeout())
                    .waitingForLock(config.lockWait()).oneTransactionPerRun(config.transactionPerRun())
                    .lockingWith(db::connect);
            if (db.embedded() && replayFirst && !graph.isEmpty()) runner.upgrade(graph.head(), Integer.MAX_VALUE, m -> {});
            return work.apply(graph, runner);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }

    /**
     * Applies every pending migration found in {@code migrationsPackage} on the class path to {@code dataSource}:
     * what an application calls at start-up, before its EntityManagerFactory is built.
     */
    public static List<LoadedMigration> migrate(DataSource dataSource, String migrationsPackage) {
        return migrate(dataSource, migrationsPackage, "autogen_version");
    }

    public static List<LoadedMigration> migrate(DataSource dataSource, String migrationsPackage, String versionTable) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        var types = new ArrayList<Class<? extends Migration>>();
        for (String name : ClassFinder.classNames(loader, migrationsPackage)) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (Migration.class.isAssignableFrom(type) && type.isAnnotationPresent(autogen.migration.Revision.class))
                    types.add(type.asSubclass(Migration.class));
            } catch (ClassNotFoundException e) {
                throw new MigrationException("cannot load " + name + ": " + e.getMessage(), e);
            }
        }
        var graph = new RevisionGraph(MigrationLoader.of(types));
        if (graph.isEmpty()) throw new ConfigurationException("no migrations in package " + migrationsPackage
                + " on the class path: check the package name");
        try (Connection c = dataSource.getConnection()) {
            return new Runner(c, graph, new VersionTable(versionTable)).lockingWith(() -> {
                try {
                    return dataSource.getConnection();
                } catch (SQLException e) {
                    throw DatabaseException.of("cannot connect to the application's database", e);
                }
            }).upgrade(graph.head(), Integer.MAX_VALUE, m -> {});
        } catch (SQLException e) {
            throw DatabaseException.of("cannot connect to the application's database", e);
        }
    }

    /**
     * The operations from the database to the entities. Left out on both sides: the version table and tables the
     * {@code exclude} setting names; on the database side also the tables, sequences and enum types that neither an entity
     * maps nor the history created, so that other applications' objects are never proposed for dropping.
     */
    private record Difference(List<Operation> operations, Map<Operation, String> notes) {}

    /** {@code live}: the database is the user's, whose statistics say which columns hold data. */
    private Difference compare(Connection c, RevisionGraph graph, RenameQuestioner renames, boolean live) {
        var mapping = entities.get().readMapping();
        SchemaModel mapped = mapping.schema();
        SchemaModel target = new SchemaModel(mapped.tables().stream().filter(t -> !config.excluded(t.name())).toList(),
                mapped.sequences(), mapped.enumTypes());
        var history = HistoryObjects.of(graph);
        var schemas = new java.util.TreeSet<>(target.schemas());
        history.tables().forEach(t -> SchemaModel.schemaOf(t).ifPresent(schemas::add));
        var versionTable = new VersionTable(config.versionTable());
        SchemaModel read = DatabaseReader.read(c, config.schema(), schemas, table -> versionTable.owns(table)
                || config.excluded(table) || target.table(table).isEmpty() && !history.tables().contains(table));
        SchemaModel current = new SchemaModel(read.tables(),
                read.sequences().stream().filter(s -> target.sequence(s.name()).isPresent()
                        || history.sequences().contains(s.name())).toList(),
                read.enumTypes().stream().filter(e -> target.enumType(e.name()).isPresent()
                        || history.enumTypes().contains(e.name())).toList());
        var renamed = new RenameDetector(mapping.hints(), renames, live ? RowEstimates.emptyColumns(c, config.schema()) : Set.of())
                .detect(current, target);
        var operations = new ArrayList<>(renamed.renames());
        operations.addAll(new Comparator(ExpressionCanonicalizer.canonical(c, renamed.current(), target), config.timestampTimeZone())
                .compare(renamed.current(), target));
        return new Difference(operations, renamed.notes());
    }

    /** The database to compare with: the configured one, or the embedded default with the history replayed into it. */
    private Database database() {
        return config.url().map(url -> Database.live(url, config.user(), config.password())).orElseGet(Database::embeddedDefault);
    }

    private Database liveDatabase(String command) {
        return Database.live(config.url().orElseThrow(() -> new ConfigurationException(
                command + " needs a database: set url in autogen.properties, AUTOGEN_URL, or pass --url")),
                config.user(), config.password());
    }

    /** Replays the history up to {@code targets} into an embedded database; a live one is only read. Returns its heads. */
    private Set<String> prepareAt(Connection c, Database db, RevisionGraph graph, Set<String> targets) {
        useSchema(c, db);
        var runner = new Runner(c, graph, new VersionTable(config.versionTable()), config.lockTimeout())
                .lockingWith(db::connect);
        if (db.embedded() && !targets.isEmpty()) runner.upgrade(targets, m -> {});
        return runner.heads();
    }

    private void useSchema(Connection c, Database db) {
        if (config.schema().equals("public")) return;
        try (var s = c.createStatement()) {
            String schema = autogen.sql.Identifiers.quote(config.schema());
            if (db.embedded()) s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            s.execute("SET search_path TO " + schema);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot use schema " + config.schema(), e);
        }
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

    /**
     * Nothing moves on an empty history, but a revision named as the target is unknown there: the same error and
     * exit code as on a history that lacks it.
     */
    private static List<LoadedMigration> named(RevisionGraph graph, String target) {
        if (!Set.of("head", "heads", "base").contains(target) && !target.startsWith("+") && !target.startsWith("-"))
            graph.target(target);
        return List.of();
    }

    private static int steps(String relative) {
        try {
            int n = Integer.parseInt(relative.substring(1));
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("bad relative target " + relative + ": use +N or -N with N a positive number");
    }

    private static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", new TreeSet<>(heads));
    }
}
