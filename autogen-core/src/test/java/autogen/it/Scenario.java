package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.tooling.Autogen;
import autogen.render.OperationSource;
import autogen.config.AutogenConfig;
import autogen.inspect.EntityInspector;
import autogen.inspect.HibernateExport;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.Table;
import autogen.reflect.ExpressionCanonicalizer;
import autogen.model.SchemaModel;
import java.util.Comparator;
import autogen.reflect.DatabaseReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A migration history in a temporary folder, applied to one test database: what a user's project and database
 * are, with the entities given as classes. Each {@link #autogen} call stands for one edit of the entities.
 */
public final class Scenario {

    private final TestDatabase db;
    private final Path migrations;
    private int revisions;
    private List<String> exclude = List.of();
    private Optional<String> lockTimeout = Optional.empty();
    private String lockWait = "10min";
    private boolean transactionPerRun;

    public Scenario(TestDatabase db, Path migrations) {
        this.db = db;
        this.migrations = migrations;
    }

    public AutogenConfig config() {
        return new AutogenConfig(Optional.of(db.url()), Optional.of(db.user()), Optional.of(db.password()), "public",
                List.of(), List.of(), migrations, "test.migrations", "autogen_version", Optional.empty(), exclude, Map.of(), lockTimeout, false, lockWait, transactionPerRun, "UTC", Optional.empty());
    }

    /** {@code transaction_per=run}. */
    public Scenario oneTransactionPerRun() {
        transactionPerRun = true;
        return this;
    }

    /** The {@code lock_wait} setting. */
    public Scenario lockWait(String wait) {
        lockWait = wait;
        return this;
    }

    /** The {@code lock_timeout} setting. */
    public Scenario lockTimeout(String timeout) {
        lockTimeout = Optional.of(timeout);
        return this;
    }

    /** Table-name patterns for the {@code exclude} setting. */
    public Scenario exclude(String... patterns) {
        exclude = List.of(patterns);
        return this;
    }

    /** Autogen on these entity classes; each call's clock is a minute later, so revision files never clash. */
    public Autogen autogen(Class<?>... entities) {
        var clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z").plusSeconds(60L * revisions++), ZoneOffset.UTC);
        return new Autogen(config(), EntityInspector.forClasses(List.of(entities)), clock);
    }

    /**
     * The live schema of the scenario's database, without the version table, as autogen compares it: columns sorted
     * by name (PostgreSQL appends added columns and cannot reorder them in place) and check and default expressions in
     * their canonical form (storing one again can respell its casts).
     */
    public SchemaModel schema() {
        return read(db);
    }

    public static SchemaModel read(TestDatabase database) {
        try (var c = database.connect()) {
            var schemas = new java.util.ArrayList<String>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname NOT IN ('information_schema', 'public')")) {
                while (rs.next()) schemas.add(rs.getString(1));
            }
            var model = DatabaseReader.read(c, "public", schemas, new autogen.runtime.VersionTable("autogen_version")::owns);
            var expressions = ExpressionCanonicalizer.canonical(c, model);
            return new SchemaModel(model.tables().stream().map(t -> new Table(t.name(),
                    t.columns().stream().sorted(Comparator.comparing(Column::name))
                            .map(col -> col.defaultSql().map(d -> col.defaultSql(expressions.columnDefault(col.type(), d))).orElse(col))
                            .toList(),
                    t.primaryKey(), t.uniqueConstraints(),
                    t.checks().stream().map(k -> new CheckConstraint(k.name(), expressions.check(t.name(), k.expression()))).toList(),
                    t.indexes(), t.foreignKeys(), t.comment())).toList(),
                    model.sequences(), model.enumTypes());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entity classes of one version of a model, for {@link #assertChange}. */
    public static Class<?>[] model(Class<?>... classes) {
        return classes;
    }

    /**
     * One change, end to end: entities v1 → revision → upgrade (equal to Hibernate's export of v1), then v2 →
     * revision with exactly {@code expectedUpgrade} → upgrade (equal to Hibernate's export of v2, check clean) →
     * downgrade, back to v1 exactly, check clean.
     */
    public void assertChange(Class<?>[] v1, Class<?>[] v2, String... expectedUpgrade) {
        autogen(v1).revision(RevisionRequest.of("v1"));
        autogen(v1).upgrade("head", m -> {});
        var before = schema();
        assertThat(before).as("v1 as migrated equals v1 as Hibernate exports it").isEqualTo(hibernateExport(v1));

        var revision = autogen(v2).revision(RevisionRequest.of("v2"));
        assertThat(revision.plan().upgrade()).extracting(OperationSource::statement).containsExactly(expectedUpgrade);
        autogen(v2).upgrade("head", m -> {});
        assertThat(schema()).as("v2 as migrated equals v2 as Hibernate exports it").isEqualTo(hibernateExport(v2));
        assertThat(autogen(v2).check().drift()).isEmpty();

        autogen(v2).downgrade("-1", m -> {});
        assertThat(schema()).as("downgrade returns to v1").isEqualTo(before);
        assertThat(autogen(v1).check().drift()).isEmpty();
    }

    /** The oracle: the schema Hibernate's own export creates for these classes, in a fresh database. */
    public SchemaModel hibernateExport(Class<?>... entities) {
        TestDatabase other = db.another();
        HibernateExport.create(List.of(entities), other.dataSource());
        return read(other);
    }
}
