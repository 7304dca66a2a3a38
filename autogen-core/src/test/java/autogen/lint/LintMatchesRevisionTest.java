package autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.diff.Comparator;
import autogen.diff.MigrationPlan;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.ops.Operation;
import autogen.render.MigrationRenderer;
import autogen.revision.LoadedMigration;
import autogen.compile.MigrationCompiler;
import autogen.revision.RevisionInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint} reads a revision back from its class; {@code revision} classified the plan it wrote. Both must give
 * every step the same finding codes, so the class has to carry what the classification needs (a type change's
 * current type, for one).
 */
class LintMatchesRevisionTest {

    @TempDir
    Path migrations;

    private static final List<String[]> TYPE_CHANGES = List.of(
            new String[] {"varchar(512)", "varchar(64)"}, new String[] {"varchar(100)", "varchar(200)"},
            new String[] {"varchar(100)", "text"}, new String[] {"bigint", "integer"}, new String[] {"integer", "bigint"},
            new String[] {"numeric(10,2)", "numeric(10,1)"}, new String[] {"numeric(10,2)", "numeric(12,2)"},
            new String[] {"timestamp(6)", "timestamp(6) with time zone"}, new String[] {"float(53)", "float(24)"},
            new String[] {"char(5)", "text"}, new String[] {"varchar(20)", "integer"}, new String[] {"text", "oid"});

    @Test
    void everyStepHasTheSameFindingsInTheWrittenClassAsInThePlan() throws Exception {
        var before = new ArrayList<Column>();
        var after = new ArrayList<Column>();
        for (int i = 0; i < TYPE_CHANGES.size(); i++) {
            before.add(new Column("c" + i, ColumnType.of(TYPE_CHANGES.get(i)[0]), true, Optional.empty(), false));
            after.add(new Column("c" + i, ColumnType.of(TYPE_CHANGES.get(i)[1]), true, Optional.empty(), false));
        }
        before.add(Column.of("dropped", "varchar(10)"));
        after.add(Column.of("required", "integer").notNull());
        var current = new SchemaModel(List.of(Table.of("t", List.copyOf(before)), Table.of("gone", List.of(Column.of("id", "bigint")))),
                List.of(), List.of());
        var target = new SchemaModel(List.of(Table.of("t", List.copyOf(after))), List.of(), List.of());
        MigrationPlan plan = MigrationPlan.of(new Comparator().compare(current, target));

        var info = new RevisionInfo("0123456789ab", List.of(), "lint parity", "2026-12-01T10:00:00Z");
        String className = MigrationRenderer.className(info);
        Files.writeString(migrations.resolve(className + ".java"), new MigrationRenderer().render("test.migrations", className, info, plan));
        LoadedMigration loaded = MigrationCompiler.compile(migrations, List.of()).get(0);

        assertThat(codes(loaded.operations(true))).isEqualTo(codes(plan.upgrade()));
        assertThat(codes(loaded.operations(false))).isEqualTo(codes(plan.downgrade()));
        assertThat(codes(plan.upgrade())).contains(List.of("AG201"), List.of("AG301"), List.of("AG403"), List.of("AG501"));
    }

    private static List<List<String>> codes(List<Operation> steps) {
        var findings = Safety.of(steps);
        return steps.stream().map(op -> findings.get(op).stream().map(f -> f.code().id()).toList()).toList();
    }
}
