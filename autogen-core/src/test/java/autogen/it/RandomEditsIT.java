package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.diff.Comparator;
import autogen.diff.MigrationPlan;
import autogen.diff.RenameDetector;
import autogen.diff.RenameHints;
import autogen.diff.RenameQuestioner;
import autogen.model.Column;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.OnDelete;
import autogen.model.PrimaryKey;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.model.UniqueConstraint;
import autogen.ops.Operation;
import autogen.reflect.DatabaseReader;
import autogen.render.MigrationRenderer;
import autogen.revision.LoadedMigration;
import autogen.compile.MigrationCompiler;
import autogen.revision.RevisionInfo;
import autogen.sql.PostgresDdl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded property test: random schemas and random edits (add, drop and rename tables and columns, widen types,
 * change nullability, indexes, unique constraints and foreign keys) go through autogen's whole generation path
 * (rename detection, comparison, a rendered and compiled migration class) and are applied to PostgreSQL with a row in
 * every table: the upgrade reaches the target exactly, the downgrade returns, the upgrade again reaches it. A
 * failure prints its seed; {@code -Dautogen.random.cases=500} runs more, {@code -Dautogen.random.seed=N} one case.
 */
@ExtendWith(PostgresExtension.class)
class RandomEditsIT {

    private static final List<String> TYPES = List.of("integer", "bigint", "varchar(20)", "text", "boolean", "numeric(10,2)", "date");
    private static final Map<String, String> WIDER = Map.of("integer", "bigint", "varchar(20)", "varchar(100)", "numeric(10,2)", "numeric(12,2)");

    @TempDir
    Path work;

    @Test
    void randomEditsUpgradeDowngradeAndUpgradeAgainExactly(TestDatabase db) throws Exception {
        long first = Long.getLong("autogen.random.seed", 20261123L);
        int cases = Long.getLong("autogen.random.seed") != null ? 1 : Integer.getInteger("autogen.random.cases", 12);
        for (int i = 0; i < cases; i++) {
            long seed = first + i;
            try {
                runCase(new Random(seed), db.another(), work.resolve("case" + seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failing seed " + seed + " (rerun with -Dautogen.random.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    private void runCase(Random random, TestDatabase db, Path dir) throws Exception {
        SchemaModel v1 = randomSchema(random);
        SchemaModel v2 = randomEdits(random, v1);
        var ddl = new PostgresDdl();
        execute(db, ddl.statements(new Comparator().compare(SchemaModel.EMPTY, v1)));
        for (Table t : v1.tables()) execute(db, List.of(insertRow(t)));

        var renamed = new RenameDetector(RenameHints.NONE, RenameQuestioner.auto()).detect(v1, v2);
        var ops = new ArrayList<Operation>(renamed.renames());
        ops.addAll(new Comparator().compare(renamed.current(), v2));
        var plan = MigrationPlan.of(ops, renamed.notes());
        var info = new RevisionInfo("0123456789ab", List.of(), "random", "2026-11-23T10:00:00Z");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("V20261123_100000_Random.java"),
                new MigrationRenderer().render("random", "V20261123_100000_Random", info, plan));
        LoadedMigration migration = MigrationCompiler.compile(dir, List.of()).get(0);
        try {
            apply(db, migration, v1, v2);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\nfrom " + v1 + "\nto " + v2 + "\nupgrade:\n  "
                    + String.join("\n  ", ddl.statements(migration.operations(true))), e);
        }
    }

    private static void apply(TestDatabase db, LoadedMigration migration, SchemaModel v1, SchemaModel v2) throws Exception {
        var ddl = new PostgresDdl();

        execute(db, ddl.statements(migration.operations(true)));
        assertThat(new Comparator().compare(read(db), v2)).as("after upgrade").isEmpty();
        execute(db, ddl.statements(migration.operations(false)));
        assertThat(new Comparator().compare(read(db), v1)).as("after downgrade").isEmpty();
        execute(db, ddl.statements(migration.operations(true)));
        assertThat(new Comparator().compare(read(db), v2)).as("after upgrade again").isEmpty();
    }

    private static SchemaModel randomSchema(Random random) {
        var tables = new ArrayList<Table>();
        int count = 1 + random.nextInt(3);
        for (int t = 0; t < count; t++) {
            var columns = new ArrayList<Column>(List.of(Column.of("id", "bigint").notNull()));
            int n = 1 + random.nextInt(4);
            for (int c = 0; c < n; c++) columns.add(column("c" + c, random));
            String name = "t" + t;
            var table = new Table(name, columns, Optional.of(new PrimaryKey(name + "_pkey", List.of("id"))), List.of(), List.of(),
                    List.of(), List.of());
            if (random.nextBoolean()) table = table.withIndexes(List.of(new Index("ix_" + name + "_c0", List.of("c0"), false)));
            if (t > 0 && random.nextBoolean()) table = withReference(table, "t0");
            tables.add(table);
        }
        return new SchemaModel(tables, List.of());
    }

    private static Column column(String name, Random random) {
        Column c = Column.of(name, TYPES.get(random.nextInt(TYPES.size())));
        return random.nextInt(4) == 0 ? c.notNull() : c;
    }

    private static Table withReference(Table table, String referenced) {
        var columns = new ArrayList<>(table.columns());
        columns.add(Column.of("ref_" + referenced, "bigint"));
        return table.withColumns(columns).withForeignKeys(List.of(new ForeignKey("fk_" + table.name() + "_" + referenced,
                List.of("ref_" + referenced), referenced, List.of("id"), OnDelete.NO_ACTION)));
    }

    private static SchemaModel randomEdits(Random random, SchemaModel v1) {
        var tables = new ArrayList<>(v1.tables());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int which = random.nextInt(tables.size());
            Table t = tables.get(which);
            var columns = new ArrayList<>(t.columns());
            int last = columns.size() - 1;
            switch (random.nextInt(10)) {
                case 0 -> tables.add(new Table("t_new" + e, List.of(Column.of("id", "bigint").notNull(), Column.of("note", "text")),
                        Optional.of(new PrimaryKey("t_new" + e + "_pkey", List.of("id"))), List.of(), List.of(), List.of(), List.of()));
                case 1 -> {   // drop a table nothing points at
                    if (tables.size() > 1 && tables.stream().noneMatch(o -> o.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(t.name()))))
                        tables.remove(which);
                }
                case 2 -> columns.add(column("added" + e, random));
                case 3 -> { if (last > 1 && !referencedOrKey(t, columns.get(last).name())) columns.remove(last); }
                case 4 -> { if (!referencedOrKey(t, columns.get(last).name())) columns.set(last, columns.get(last).withName(columns.get(last).name() + "_renamed")); }
                case 5 -> {
                    Column c = columns.get(last);
                    if (WIDER.containsKey(c.type().sql())) columns.set(last, c.withType(autogen.model.ColumnType.of(WIDER.get(c.type().sql()))));
                }
                case 6 -> { if (last > 0 && !t.primaryKey().get().columns().contains(columns.get(last).name()))
                    columns.set(last, columns.get(last).nullable(!columns.get(last).nullable())); }
                case 7 -> tables.set(which, t.withIndexes(t.indexes().isEmpty() && t.column("c0").isPresent()
                        ? List.of(new Index("ix_" + t.name() + "_c0", List.of("c0"), random.nextBoolean())) : List.of()));
                case 8 -> {
                    var uniques = t.uniqueConstraints().isEmpty() && t.column("c0").isPresent()
                            ? List.of(new UniqueConstraint(t.name() + "_c0_key", List.of("c0"))) : List.<UniqueConstraint>of();
                    tables.set(which, new Table(t.name(), t.columns(), t.primaryKey(), uniques, t.checks(), t.indexes(), t.foreignKeys()));
                }
                default -> { if (!t.name().equals("t0") && t.foreignKeys().isEmpty()) tables.set(which, withReference(t, "t0")); }
            }
            if (which < tables.size() && tables.get(which).name().equals(t.name()) && !columns.equals(t.columns()))
                tables.set(which, tables.get(which).withColumns(columns));
        }
        return new SchemaModel(tables, List.of());
    }

    /** Columns an index, unique constraint or foreign key uses stay put, so the edit stays a plain one. */
    private static boolean referencedOrKey(Table t, String column) {
        return t.indexes().stream().anyMatch(i -> i.columns().contains(column))
                || t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column))
                || t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }

    private static String insertRow(Table t) {
        var names = new ArrayList<String>();
        var values = new ArrayList<String>();
        for (Column c : t.columns()) {
            names.add(c.name());
            values.add(c.name().startsWith("ref_") || c.name().equals("id") ? "1" : switch (c.type().sql()) {
                case "boolean" -> "true";
                case "date" -> "'2026-11-23'";
                case "text", "varchar(20)" -> "'v'";
                default -> "7";
            });
        }
        return "INSERT INTO " + t.name() + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", values) + ")";
    }

    private static void execute(TestDatabase db, List<String> statements) {
        if (!statements.isEmpty()) db.execute(statements.toArray(String[]::new));
    }

    private static SchemaModel read(TestDatabase db) throws Exception {
        try (var c = db.connect()) {
            return new DatabaseReader(c, "public", name -> false).read();
        }
    }
}
