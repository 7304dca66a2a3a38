package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import autogen.MigrationException;
import autogen.it.startup.BranchFromFirst;
import autogen.it.startup.FailingJdbcStep;
import autogen.it.startup.V1_CreateAccount;
import autogen.it.startup.V2_SplitTiers;
import autogen.it.startup.V3_AddNote;
import autogen.revision.MigrationClasses;
import autogen.revision.RevisionGraph;
import autogen.runtime.MigrationCallback;
import autogen.runtime.MigrationLock;
import autogen.runtime.Migrator;
import autogen.runtime.RevisionPlan;
import autogen.runtime.Runner;
import autogen.runtime.VersionTable;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The start-up API as an application calls it, with each of its settings, on a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class MigratorIT {

    private static final String PACKAGE = "autogen.it.startup";

    @Test
    void upgradeFindsTheHistoryThroughItsIndexRunsJavaStepsAndSaysWhatItDid(TestDatabase db) {
        var result = Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).build().upgrade();

        assertThat(result.ids()).containsExactly("a10000000001", "a20000000002", "a30000000003");
        assertThat(result.headsBefore()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("a30000000003");
        // the Java step read what the SQL before it wrote, in the same transaction; '?' in a literal stayed text
        assertThat(db.column("SELECT name || ':' || tier FROM account ORDER BY id")).containsExactly("alan:nala", "grace?:?ecarg");
        assertThat(db.column("SELECT version_num FROM autogen_version")).containsExactly("a30000000003");
        assertThat(Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).build().upgrade().ids()).isEmpty();
    }

    @Test
    void callbacksHearEveryRevisionAndTheRunInOrder(TestDatabase db) {
        var events = new ArrayList<String>();
        var callback = new MigrationCallback() {
            @Override
            public void beforeRun(List<RevisionPlan> plans) {
                events.add("run " + plans.size());
            }

            @Override
            public void beforeRevision(RevisionPlan plan) {
                events.add("before " + plan.id() + (plan.up() ? " up" : " down"));
            }

            @Override
            public void afterRevision(RevisionPlan plan, Duration took) {
                events.add("after " + plan.id());
            }

            @Override
            public void afterRun(List<RevisionPlan> done, Duration took) {
                events.add("done " + done.size());
            }
        };
        var migrator = Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).target("a20000000002").callback(callback).build();

        assertThat(migrator.upgrade().headsAfter()).containsExactly("a20000000002");
        migrator.downgrade("base");

        assertThat(events).containsExactly("run 2", "before a10000000001 up", "after a10000000001",
                "before a20000000002 up", "after a20000000002", "done 2",
                "run 2", "before a20000000002 down", "after a20000000002", "before a10000000001 down", "after a10000000001", "done 2");
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename = 'account'")).containsExactly("0");
        assertThat(migrator.current()).isEmpty();
    }

    @Test
    void schemaAndVersionTableAreHonouredAndTheConnectionGoesBackWithItsSearchPath(TestDatabase db) {
        var searchPaths = new ArrayList<String>();
        var migrator = Migrator.builder(recordingSearchPathOnClose(db.dataSource(), searchPaths)).migrationsPackage(PACKAGE)
                .schema("tenant_1").versionTable("tenant_versions").build();

        migrator.upgrade();

        assertThat(db.column("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = 'tenant_1' ORDER BY 1"))
                .containsExactly("tenant_1.account", "tenant_1.tenant_versions", "tenant_1.tenant_versions_history");
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
        assertThat(migrator.current()).containsExactly("a30000000003");
        assertThat(searchPaths).isNotEmpty().allMatch(path -> path.equals("\"$user\", public"));
    }

    @Test
    void lockTimeoutFailsARevisionThatWaitsForATableLockAndRollsItBack(TestDatabase db) throws Exception {
        Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).target("a20000000002").build().upgrade();
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE account IN ACCESS EXCLUSIVE MODE");
            var migrator = Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).lockTimeout(Duration.ofMillis(300)).build();

            assertThatThrownBy(migrator::upgrade).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("a30000000003").hasMessageContaining("lock timeout");
            holder.rollback();
        }
        assertThat(Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).build().current()).containsExactly("a20000000002");
    }

    @Test
    void lockWaitGivesUpWhenAnotherRunnerHoldsTheMigrationLock(TestDatabase db) throws Exception {
        try (Connection other = db.connect(); var s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + MigrationLock.key("public", "autogen_version") + ")");
            var migrator = Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).lockWait(Duration.ofMillis(500)).build();

            assertThatThrownBy(migrator::upgrade).hasMessageContaining("lock_wait");
        }
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename = 'account'")).containsExactly("0");
    }

    @Test
    void theMigrationLockIsReleasedOnAPooledDataSourceWhoseCloseKeepsTheSession(TestDatabase db) throws Exception {
        var idle = new ArrayDeque<Connection>();
        try {
            Migrator.builder(pooled(db.dataSource(), idle)).migrationsPackage(PACKAGE).build().upgrade();

            assertThat(idle).as("the pool's sessions, still open").hasSizeGreaterThanOrEqualTo(2);
            // what another instance's runner would otherwise wait for until its lock_wait ran out
            assertThat(db.column("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).containsExactly("0");
        } finally {
            for (Connection c : idle) c.close();
        }
    }

    @Test
    void aFailingJavaStepRollsBackItsRevisionOrTheWholeRunAsConfigured(TestDatabase db) {
        var perRun = Migrator.builder(db.dataSource()).migrations(V1_CreateAccount.class, V2_SplitTiers.class, V3_AddNote.class,
                FailingJdbcStep.class).transactionMode(Migrator.TransactionMode.RUN).build();
        assertThatThrownBy(perRun::upgrade).isInstanceOf(MigrationException.class)
                .hasMessageContaining("a40000000004").hasMessageContaining("no tier for account 3").hasMessageContaining("none of its 4");
        assertThat(perRun.current()).isEmpty();
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename = 'account'")).containsExactly("0");

        var perRevision = Migrator.builder(db.dataSource()).migrations(V1_CreateAccount.class, V2_SplitTiers.class,
                V3_AddNote.class, FailingJdbcStep.class).build();
        assertThatThrownBy(perRevision::upgrade).hasMessageContaining("a40000000004").hasMessageContaining("nothing of it was applied");
        assertThat(perRevision.current()).containsExactly("a30000000003");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE column_name = 'doomed'")).containsExactly("0");
    }

    @Test
    void validateNamesEditedRevisionsAndSeveralHeads(TestDatabase db) {
        var migrator = Migrator.builder(db.dataSource()).migrationsPackage(PACKAGE).build();
        migrator.upgrade();
        assertThat(migrator.validate().valid()).isTrue();

        db.execute("UPDATE autogen_version_history SET checksum = 'v2:00:00' WHERE version_num = 'a20000000002'");
        assertThat(migrator.validate().problems()).singleElement().asString().contains("a20000000002", "edited");

        var branched = Migrator.builder(db.dataSource()).migrations(V1_CreateAccount.class, V2_SplitTiers.class,
                V3_AddNote.class, BranchFromFirst.class).build();
        assertThat(branched.validate().problems()).anyMatch(p -> p.contains("2 heads"));
    }

    @Test
    void aPackageWithoutIndexFailsAtBuildNamingTheResource() {
        assertThatThrownBy(() -> Migrator.builder(new org.postgresql.ds.PGSimpleDataSource()).migrationsPackage("autogen.it.none").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("autogen/it/none/autogen-migrations.idx");
    }

    @Test
    void anOfflineScriptRefusesJavaCodeNamingTheRevision() {
        var graph = new RevisionGraph(MigrationClasses.of(List.of(V1_CreateAccount.class, V2_SplitTiers.class)));
        var runner = new Runner(null, graph, new VersionTable("autogen_version"));

        assertThatThrownBy(() -> runner.script(graph.upgradePath(Set.of(), "a20000000002"), true, Set.of(), false))
                .isInstanceOf(MigrationException.class).hasMessageContaining("a20000000002")
                .hasMessageContaining("tier = reversed name").hasMessageContaining("offline script");
    }

    /**
     * The data source as a connection pool hands it out: close() puts the connection, its session still open, into
     * {@code idle}, and the next getConnection() takes it from there.
     */
    private static DataSource pooled(DataSource dataSource, Deque<Connection> idle) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) return method.invoke(dataSource, args);
                    Connection real = idle.isEmpty() ? (Connection) method.invoke(dataSource, args) : idle.pop();
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (!m.getName().equals("close")) return m.invoke(real, a);
                                if (!real.getAutoCommit()) real.rollback();
                                real.setAutoCommit(true);
                                idle.push(real);
                                return null;
                            });
                });
    }

    /** The data source, recording each connection's search_path as it goes back (is closed). */
    private static DataSource recordingSearchPathOnClose(DataSource dataSource, List<String> searchPaths) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(dataSource, args);
                    if (!method.getName().equals("getConnection")) return result;
                    Connection real = (Connection) result;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("close") && !real.isClosed())
                                    try (var s = real.createStatement(); var rs = s.executeQuery("SHOW search_path")) {
                                        rs.next();
                                        searchPaths.add(rs.getString(1));
                                    }
                                return m.invoke(real, a);
                            });
                });
    }
}
