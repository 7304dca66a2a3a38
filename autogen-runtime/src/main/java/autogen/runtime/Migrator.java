package autogen.runtime;

import autogen.ConfigurationException;
import autogen.DatabaseException;
import autogen.migration.Migration;
import autogen.revision.LoadedMigration;
import autogen.revision.MigrationClasses;
import autogen.revision.RevisionGraph;
import autogen.sql.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What an application calls at start-up, before its EntityManagerFactory is built:
 *
 * <pre>{@code
 * MigrationResult result = Migrator.builder(dataSource)
 *         .migrationsPackage("shop.migrations")
 *         .build()
 *         .upgrade();
 * }</pre>
 *
 * Every setting of the CLI's {@code autogen.properties} that concerns applying a history has its method here, with
 * the same default. The migrations are the classes that the package's index lists ({@link MigrationClasses}), or
 * those given to {@link Builder#migrations}.
 */
public final class Migrator {

    /** {@code revision}: each revision commits with its version-table move; {@code run}: one transaction for all. */
    public enum TransactionMode { REVISION, RUN }

    private final DataSource dataSource;
    private final RevisionGraph graph;
    private final Optional<String> schema;
    private final VersionTable versionTable;
    private final String lockWait;
    private final Optional<String> lockTimeout;
    private final TransactionMode transactionMode;
    private final String target;
    private final boolean contract;
    private final MigrationCallback callback;

    private Migrator(Builder b, RevisionGraph graph) {
        this.dataSource = b.dataSource;
        this.graph = graph;
        this.schema = b.schema;
        this.versionTable = new VersionTable(b.versionTable);
        this.lockWait = b.lockWait;
        this.lockTimeout = b.lockTimeout;
        this.transactionMode = b.transactionMode;
        this.target = b.target;
        this.contract = b.contract;
        this.callback = b.callback;
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * What a run did: the revisions it applied (or undid), in order, and the heads before and after them, as found
     * under the migration lock (after waiting for another runner).
     */
    public record MigrationResult(List<RevisionPlan> revisions, Set<String> headsBefore, Set<String> headsAfter, Duration took) {
        public List<String> ids() {
            return revisions.stream().map(RevisionPlan::id).toList();
        }
    }

    /** What {@link #validate} found: an empty list when the applied history is intact and has one head. */
    public record Validation(List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Applies the revisions up to the configured target ({@code head} unless {@link Builder#target} says otherwise). */
    public MigrationResult upgrade() {
        return upgrade(target);
    }

    /** Applies the revisions up to {@code target}: {@code head}, {@code heads}, a revision id or unique prefix, {@code +N}. */
    public MigrationResult upgrade(String target) {
        if (graph.isEmpty()) return new MigrationResult(List.of(), Set.of(), Set.of(), Duration.ZERO);
        return run((runner, recorder) -> {
            if (target.equals("heads")) runner.upgrade(graph.heads(), recorder);
            else if (target.startsWith("+")) runner.upgrade(graph.head(), relative(target), recorder);
            else runner.upgrade(graph.target(target).map(List::of).orElse(List.of()), recorder);
        });
    }

    /** Undoes revisions down to {@code target}: {@code base}, a revision id (which stays applied), {@code -N}. */
    public MigrationResult downgrade(String target) {
        if (graph.isEmpty()) return new MigrationResult(List.of(), Set.of(), Set.of(), Duration.ZERO);
        return run((runner, recorder) -> {
            if (target.startsWith("-")) runner.downgrade(null, relative(target), recorder);
            else runner.downgrade(graph.target(target).orElse(null), Integer.MAX_VALUE, recorder);
        });
    }

    /** The revisions applied to the database: one per applied branch, none at base. */
    public Set<String> current() {
        return onConnection(Runner::heads);
    }

    /**
     * Checks the database against the history without changing anything: applied revisions edited since or missing
     * from the history, a version table that contradicts itself, a history with several heads.
     */
    public Validation validate() {
        var problems = new ArrayList<String>();
        graph.severalHeads().ifPresent(problems::add);
        try {
            problems.addAll(onConnection(Runner::editedSinceApplied));
        } catch (autogen.MigrationException e) {
            problems.add(e.getMessage());
        }
        return new Validation(List.copyOf(problems));
    }

    private interface Work {
        void run(Runner runner, MigrationCallback recorder);
    }

    private MigrationResult run(Work work) {
        var done = new ArrayList<RevisionPlan>();
        var took = new Duration[] {Duration.ZERO};
        var before = new ArrayList<Set<String>>();
        MigrationCallback recorder = new MigrationCallback() {
            @Override
            public void beforeRun(List<RevisionPlan> plans) {
                // planned under the lock: a runner that waited for another sees what that one left
                if (!plans.isEmpty()) before.add(plans.get(0).headsBefore());
            }

            @Override
            public void afterRun(List<RevisionPlan> plans, Duration duration) {
                done.addAll(plans);
                took[0] = duration;
            }
        };
        return onConnection(runner -> {
            work.run(runner, callback.andThen(recorder));
            Set<String> after = runner.heads();
            return new MigrationResult(List.copyOf(done), before.isEmpty() ? after : Set.copyOf(before.get(0)), after, took[0]);
        });
    }

    /**
     * Runs {@code work} on a connection of the data source in the configured schema; the connection goes back to
     * the pool with the search_path it came with, so the application's sessions see what they would have.
     */
    private <T> T onConnection(Function<Runner, T> work) {
        try (Connection c = dataSource.getConnection()) {
            String searchPath = inSchema(c);
            try {
                var runner = new Runner(c, graph, versionTable, lockTimeout).waitingForLock(lockWait).holdingBackContract(!contract)
                        .oneTransactionPerRun(transactionMode == TransactionMode.RUN).lockingWith(lockConnections());
                return work.apply(runner);
            } finally {
                restore(c, searchPath);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot connect to the application's database", e);
        }
    }

    /** Sets the schema (creating it when it does not exist) and returns the search_path to restore. */
    private String inSchema(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            String before;
            try (var rs = s.executeQuery("SHOW search_path")) {
                rs.next();
                before = rs.getString(1);
            }
            if (schema.isPresent()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema.get()));
                s.execute("SET search_path TO " + Identifiers.quote(schema.get()));
            }
            return before;
        }
    }

    private void restore(Connection c, String searchPath) {
        if (schema.isEmpty()) return;
        try (var s = c.createStatement()) {
            if (!c.getAutoCommit()) c.rollback();
            s.execute("SET search_path TO " + searchPath);
        } catch (SQLException ignored) {
            // a broken connection is discarded by the pool with its settings
        }
    }

    private Supplier<Connection> lockConnections() {
        return () -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw DatabaseException.of("cannot connect to the application's database for the migration lock", e);
            }
        };
    }

    private static int relative(String target) {
        try {
            int n = Integer.parseInt(target.substring(1));
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("bad relative target " + target + ": use +N or -N with N a positive number");
    }

    /** The settings of a {@link Migrator}; each has the default the CLI has. */
    public static final class Builder {
        private final DataSource dataSource;
        private String migrationsPackage;
        private List<Class<?>> migrations;
        private ClassLoader classLoader;
        private Optional<String> schema = Optional.empty();
        private String versionTable = "autogen_version";
        private String lockWait = Runner.DEFAULT_LOCK_WAIT;
        private Optional<String> lockTimeout = Optional.empty();
        private TransactionMode transactionMode = TransactionMode.REVISION;
        private String target = "head";
        private boolean contract;
        private MigrationCallback callback = MigrationCallback.NONE;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The Java package of the migrations, whose index ({@code revision} writes it) lists them. */
        public Builder migrationsPackage(String migrationsPackage) {
            this.migrationsPackage = Objects.requireNonNull(migrationsPackage, "migrationsPackage");
            return this;
        }

        /** The migration classes themselves, instead of a package's index. */
        public Builder migrations(Class<?>... migrations) {
            this.migrations = Arrays.asList(migrations);
            return this;
        }

        /** Where the index and the classes are loaded from (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /**
         * The schema of the version table and of unqualified tables (default: the connection's search_path, which is
         * {@code public} unless configured otherwise); created if it does not exist.
         */
        public Builder schema(String schema) {
            this.schema = Optional.of(Objects.requireNonNull(schema, "schema"));
            return this;
        }

        public Builder versionTable(String versionTable) {
            this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
            return this;
        }

        /** How long to wait for another runner migrating the same database (default 10 minutes). */
        public Builder lockWait(Duration lockWait) {
            this.lockWait = millis("lockWait", lockWait);
            return this;
        }

        /** PostgreSQL's lock_timeout in every revision's transaction (default: none). */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = Optional.of(millis("lockTimeout", lockTimeout));
            return this;
        }

        public Builder transactionMode(TransactionMode mode) {
            this.transactionMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** What {@link Migrator#upgrade()} aims at (default {@code head}). */
        public Builder target(String target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * {@code true}: {@link Migrator#upgrade()} applies contract revisions too ({@link autogen.migration.Revision#contract});
         * by default it stops before the first one, so that a new release's start-up never removes what instances of
         * the previous release still use.
         */
        public Builder contract(boolean contract) {
            this.contract = contract;
            return this;
        }

        /** Told before and after each revision and each run; several are called in the order added. */
        public Builder callback(MigrationCallback callback) {
            this.callback = this.callback == MigrationCallback.NONE ? callback : this.callback.andThen(callback);
            return this;
        }

        /** Loads the migrations (a missing index or class fails here, before anything connects). */
        public Migrator build() {
            if (migrations == null && migrationsPackage == null)
                throw new ConfigurationException("the Migrator needs migrationsPackage(...) or migrations(...)");
            ClassLoader loader = classLoader != null ? classLoader
                    : Optional.ofNullable(Thread.currentThread().getContextClassLoader()).orElse(Migration.class.getClassLoader());
            List<LoadedMigration> loaded = migrations != null ? autogen.revision.MigrationClasses.of(migrations)
                    : MigrationClasses.fromIndex(loader, migrationsPackage);
            return new Migrator(this, new RevisionGraph(loaded));
        }

        private static String millis(String name, Duration duration) {
            if (duration.isNegative() || duration.toMillis() > Integer.MAX_VALUE)
                throw new ConfigurationException(name + " is " + duration + ": use 0 to 2147483647 milliseconds");
            return duration.toMillis() + "ms";
        }
    }
}
