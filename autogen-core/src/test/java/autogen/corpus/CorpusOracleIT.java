package autogen.corpus;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.diff.Comparator;
import autogen.inspect.EntityInspector;
import autogen.inspect.HibernateExport;
import autogen.it.PostgresExtension;
import autogen.it.Scenario;
import autogen.it.TestDatabase;
import autogen.model.SchemaModel;
import autogen.ops.Operation;
import autogen.reflect.ExpressionCanonicalizer;
import autogen.render.OperationSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle of {@code autogen.it.OracleIT} over a corpus of realistic models: for the same entities, an empty
 * database migrated by autogen and an empty database exported by Hibernate hold the same schema, autogen's check is
 * clean, and Hibernate's export shows no drift against the entities.
 *
 * <p>On top of OracleIT's three assertions, the two databases' catalogs are compared line by line (index
 * definitions with key ordering, column types, defaults and generation, constraints, sequences, enum types,
 * comments), which shows what autogen's model abstracts away.
 *
 * <p>The defaults model holds default spellings PostgreSQL rewrites; the last four models each hold one feature
 * that needs its own support (comments, another schema, a named enum type, generated columns), so that a failure
 * there does not hide the state of the others.
 */
@ExtendWith(PostgresExtension.class)
class CorpusOracleIT {

    static Stream<Arguments> models() {
        return Stream.of(
                Named.of("shop", ShopModel.classes()),
                Named.of("hr (inheritance)", HrModel.classes()),
                Named.of("bank (table per class)", BankModel.classes()),
                Named.of("blog (collections, json, arrays)", BlogModel.classes()),
                Named.of("library (constraints, defaults)", LibraryModel.classes()),
                Named.of("telemetry (types)", TelemetryModel.classes()),
                Named.of("quoting and long names", QuotingModel.classes()),
                Named.of("default expressions as written", DefaultsModel.classes()),
                Named.of("feature: comments", CommentModel.classes()),
                Named.of("feature: other schema", OtherSchemaModel.classes()),
                Named.of("feature: named enum type", NamedEnumModel.classes()),
                Named.of("feature: generated columns", GeneratedModel.classes()))
                .map(model -> Arguments.of(model));
    }

    @TempDir
    Path migrations;

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void migratedSchemaEqualsHibernatesExportAndNeitherDrifts(Class<?>[] model, TestDatabase db) throws SQLException {
        oracle(model, db, migrations);
    }

    /** verify's round trip, with a generated row in every table after each step: no table stays empty, no drift. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void verifyFillsEveryTableAndFindsNoDrift(Class<?>[] model, TestDatabase db) {
        var s = new Scenario(db, migrations);
        s.autogen(model).revision(RevisionRequest.of("initial"));
        var verified = s.autogen(model).verify();
        assertThat(verified.emptyTables()).as("tables left empty").isEmpty();
        assertThat(verified.drift()).isEmpty();
        assertThat(verified.fillings()).isEqualTo(2);
    }

    /** The oracle for one model: {@code db} is migrated by autogen, a sibling database gets Hibernate's export. */
    static void oracle(Class<?>[] model, TestDatabase db, Path migrations) throws SQLException {
        var s = new Scenario(db, migrations);
        var revision = s.autogen(model).revision(RevisionRequest.of("initial"));
        assertThat(revision.file()).isPresent();
        s.autogen(model).upgrade("head", m -> {});

        TestDatabase exportDb = db.another();
        var exported = hibernateExport(exportDb, model);
        var migrated = s.schema();
        var target = EntityInspector.forClasses(List.of(model)).read();
        var soft = new SoftAssertions();
        soft.assertThat(migrated).as("migrated schema equals Hibernate's export; migrated → exported needs:%n%s",
                steps(new Comparator().compare(migrated, exported))).isEqualTo(exported);
        soft.assertThat(s.autogen(model).check().clean()).as("check is clean after upgrade").isTrue();
        try (var c = db.connect()) {
            soft.assertThat(new Comparator(ExpressionCanonicalizer.canonical(c, exported, target)).compare(exported, target))
                    .as("drift of Hibernate's export").isEmpty();
        }
        // the false-drift test through the front door: check on a database Hibernate created, with no history yet
        try {
            var noHistory = Files.createTempDirectory(migrations, "none");
            var onExport = new Scenario(exportDb, noHistory).autogen(model).check();
            soft.assertThat(onExport.drift()).as("check against Hibernate's export").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var migratedCatalog = catalog(db);
        var exportedCatalog = catalog(exportDb);
        var catalogDiff = Stream.concat(
                exportedCatalog.stream().filter(l -> !migratedCatalog.contains(l)).map(l -> "exported only: " + l),
                migratedCatalog.stream().filter(l -> !exportedCatalog.contains(l)).map(l -> "migrated only: " + l)).toList();
        soft.assertThat(catalogDiff).as("catalog of the migrated database equals the exported one (what the model does not capture)")
                .isEmpty();
        soft.assertAll();
    }

    /**
     * The schema as PostgreSQL's catalog prints it, one line per object, sorted: everything the comparison above
     * abstracts away (index key ordering, comments, identity and sequence options, enum types) shows up here.
     */
    static List<String> catalog(TestDatabase database) {
        String schemas = "('public', '" + OtherSchemaModel.SCHEMA + "')";
        String notVersion = " AND c.relname <> 'autogen_version' AND c.relname NOT LIKE 'autogen_version%'";
        var lines = new ArrayList<String>();
        lines.addAll(database.column("SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind=' || c.relkind::text "
                + "|| ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-') FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN " + schemas
                + " AND c.relkind IN ('r', 'p', 'S', 'v', 'm')" + notVersion));
        lines.addAll(database.column("SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' "
                + "|| format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END "
                + "|| coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || ' identity=' || a.attidentity::text "
                + "|| ' generated=' || a.attgenerated::text || coalesce(' collation=' || co.collname, '') "
                + "|| ' comment=' || coalesce(col_description(c.oid, a.attnum), '-') FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 "
                + "AND NOT a.attisdropped LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
                + "LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100 "
                + "WHERE n.nspname IN " + schemas + " AND c.relkind IN ('r', 'p')" + notVersion));
        lines.addAll(database.column("SELECT 'constraint ' || n.nspname || '.' || c.relname || ' ' || k.conname || ' ' "
                + "|| pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN " + schemas + notVersion));
        lines.addAll(database.column("SELECT 'index ' || pg_get_indexdef(x.indexrelid) FROM pg_index x "
                + "JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname IN " + schemas + notVersion));
        lines.addAll(database.column("SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type "
                + "|| ' start=' || start_value || ' min=' || min_value || ' max=' || max_value || ' by=' || increment_by "
                + "|| ' cycle=' || cycle || ' cache=' || cache_size FROM pg_sequences WHERE schemaname IN " + schemas));
        lines.addAll(database.column("SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text || ' ' "
                + "|| coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e "
                + "WHERE e.enumtypid = t.oid), '') FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                + "WHERE n.nspname IN " + schemas + " AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0"));
        return lines.stream().sorted().toList();
    }

    /** {@link Scenario#hibernateExport} into a fresh database of the same server; both sides create their schemas. */
    private static SchemaModel hibernateExport(TestDatabase other, Class<?>[] model) {
        HibernateExport.create(List.of(model), other.dataSource());
        return Scenario.read(other);
    }

    private static String steps(List<Operation> ops) {
        return ops.stream().map(op -> "  " + OperationSource.statement(op)).collect(Collectors.joining("\n"));
    }
}
