package autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.diff.Comparator;
import autogen.diff.MigrationPlan;
import autogen.model.Column;
import autogen.model.EnumType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.OnDelete;
import autogen.model.PrimaryKey;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.ops.CreateEnumType;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.compile.MigrationCompiler;
import autogen.revision.RevisionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A baseline of a large database is one revision with thousands of steps, more than the JVM takes in one method
 * (64 KB of bytecode) or one class (65535 constants): it still compiles, and runs the same steps in the same order.
 */
class LargeMigrationTest {

    private static final RevisionInfo REVISION = new RevisionInfo("0123456789ab", List.of(), "baseline", "2026-11-24T10:00:00Z");
    private static final List<String> TYPES = List.of("varchar(255)", "integer", "numeric(12,2)", "timestamp(6)", "boolean",
            "text", "date", "bigint");

    @ParameterizedTest
    @ValueSource(ints = {200, 1000, 5000})
    void aBaselineOfManyTablesCompilesAndRecordsTheSameStepsInTheSameOrder(int tables, @TempDir Path dir) throws IOException {
        var plan = MigrationPlan.of(new Comparator().compare(SchemaModel.EMPTY, schema(tables)));
        String source = new MigrationRenderer().render("big", "V20261124_100000_Baseline", REVISION, plan);
        Files.writeString(dir.resolve("V20261124_100000_Baseline.java"), source);

        List<LoadedMigration> loaded = MigrationCompiler.compile(dir, List.of());
        assertThat(loaded).singleElement().extracting(LoadedMigration::info).isEqualTo(REVISION);
        assertThat(loaded.get(0).operations(true)).isEqualTo(WrittenSteps.of(plan.upgrade()));
        assertThat(loaded.get(0).operations(false)).isEqualTo(WrittenSteps.of(plan.downgrade()));
        // each finding stays right above its step, whichever part the step landed in
        List<String> lines = source.lines().map(String::strip).toList();
        int drops = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("op.dropTable(")) continue;
            String table = lines.get(i).substring("op.dropTable(\"".length(), lines.get(i).length() - "\");".length());
            assertThat(lines.get(i - 1)).isEqualTo("// AG101 DESTROYS: drops table " + table + " and all its rows");
            drops++;
        }
        assertThat(drops).isEqualTo(tables);
        assertThat(new MigrationRenderer().render("big", "V20261124_100000_Baseline", REVISION, plan))
                .as("the same input gives the same bytes").isEqualTo(source);
    }

    @Test
    void stepsOfTheMostBytecodePerTokenStillFitTheirMethods(@TempDir Path dir) throws IOException {
        // a string in a long varargs list compiles to dup, sipush, ldc_w, aastore: 8 bytes for 2 tokens, the worst
        var values = new ArrayList<String>();
        for (int v = 0; v < 1000; v++) values.add("v" + v);
        var steps = new ArrayList<Operation>();
        for (int e = 0; e < 40; e++) steps.add(new CreateEnumType(new EnumType("e" + e, values)));
        var plan = MigrationPlan.of(steps);
        String source = new MigrationRenderer().render("big", "V20261124_100000_Enums", REVISION, plan);
        Files.writeString(dir.resolve("V20261124_100000_Enums.java"), source);

        List<LoadedMigration> loaded = MigrationCompiler.compile(dir, List.of());
        assertThat(loaded.get(0).operations(true)).isEqualTo(WrittenSteps.of(plan.upgrade()));
        assertThat(source).contains("Upgrade1.upgrade1(op);").contains("Upgrade2.");
    }

    @Test
    void aRevisionThatFitsOneMethodIsOneMethod() {
        var plan = MigrationPlan.of(new Comparator().compare(SchemaModel.EMPTY, schema(20)));
        String source = new MigrationRenderer().render("big", "V20261124_100000_Baseline", REVISION, plan);
        assertThat(source).contains("    public void upgrade(Ops op) {\n        op.createTable(\"t0\",\n")
                .doesNotContain("upgrade1").doesNotContain("downgrade1");
    }

    /** {@code count} tables of ten columns, each with a primary key, an index and a foreign key to the one before. */
    private static SchemaModel schema(int count) {
        var tables = new ArrayList<Table>();
        for (int t = 0; t < count; t++) {
            String name = "t" + t;
            var columns = new ArrayList<Column>(List.of(Column.of("id", "bigint").notNull(), Column.of("parent_id", "bigint")));
            // names of their own, as in a real schema: the constant pool has to hold every one of them
            for (int c = 0; c < 8; c++) columns.add(Column.of(name + "_field_" + c, TYPES.get((t + c) % TYPES.size())));
            var foreignKeys = t == 0 ? List.<ForeignKey>of()
                    : List.of(new ForeignKey("fk_" + name + "_parent", List.of("parent_id"), "t" + (t - 1), List.of("id"), OnDelete.CASCADE));
            tables.add(new Table(name, columns, Optional.of(new PrimaryKey(name + "_pkey", List.of("id"))), List.of(), List.of(),
                    List.of(new Index("ix_" + name + "_field_0", List.of(name + "_field_0"), false)), foreignKeys));
        }
        return new SchemaModel(tables, List.of());
    }
}
