package autogen.render;

import static autogen.migration.Dsl.column;
import static autogen.migration.Dsl.foreignKey;
import static autogen.migration.Dsl.index;
import static autogen.migration.Dsl.primaryKey;
import static autogen.migration.Dsl.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.diff.MigrationPlan;
import autogen.model.OnDelete;
import autogen.model.Table;
import autogen.ops.AddColumn;
import autogen.ops.AddForeignKey;
import autogen.ops.CreateIndex;
import autogen.ops.CreateSequence;
import autogen.ops.CreateTable;
import autogen.ops.DropColumn;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.compile.MigrationCompiler;
import autogen.revision.RevisionInfo;
import autogen.sql.PostgresDdl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationRendererTest {

    private static final RevisionInfo REVISION =
            new RevisionInfo("5c1e2a9b7d30", List.of("0f3b6e1d2c44"), "add orders", "2026-11-23T10:15:00Z");

    private static final List<Operation> UPGRADE = List.of(
            new CreateSequence(sequence("orders_seq", 1, 50)),
            new CreateTable(Table.of("orders", List.of(column("id", "bigint").notNull(), column("total", "numeric(19,2)"),
                    column("customer_id", "bigint"), primaryKey("orders_pkey", "id")))),
            new AddColumn("customer", column("email", "varchar(320)").defaultSql("''").notNull()),
            new CreateIndex("orders", index("ix_orders_customer", "customer_id")),
            new AddForeignKey("orders", foreignKey("fk_orders_customer", "customer_id").references("customer", "id")
                    .onDelete(OnDelete.CASCADE)),
            new DropColumn("customer", "legacy_code", Optional.of(column("legacy_code", "varchar(20)"))));

    @Test
    void rendersAReadableClassWithTheDowngradeInMirrorOrder() {
        String source = new MigrationRenderer().render("shop.migrations", "V20261123_101500_AddOrders", REVISION,
                MigrationPlan.of(UPGRADE));
        assertThat(source).isEqualTo("""
                package shop.migrations;

                import static autogen.migration.Dsl.*;

                import autogen.migration.Migration;
                import autogen.migration.Ops;
                import autogen.migration.Revision;
                import autogen.model.OnDelete;

                /**
                 * add orders
                 *
                 * <p>Revision 5c1e2a9b7d30, from 0f3b6e1d2c44, created 2026-11-23T10:15:00Z by autogen. Review before applying: comments mark the
                 * steps that destroy data or can fail on existing rows.
                 */
                @Revision(
                        id = "5c1e2a9b7d30",
                        down = "0f3b6e1d2c44",
                        message = "add orders",
                        created = "2026-11-23T10:15:00Z"
                )
                public final class V20261123_101500_AddOrders implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.createSequence(sequence("orders_seq", 1, 50));
                        op.createTable("orders",
                                column("id", "bigint").notNull(),
                                column("total", "numeric(19,2)"),
                                column("customer_id", "bigint"),
                                primaryKey("orders_pkey", "id"));
                        op.addColumn("customer", column("email", "varchar(320)").defaultSql("''").notNull());
                        op.createIndex("orders", index("ix_orders_customer", "customer_id"));
                        op.addForeignKey("orders",
                                foreignKey("fk_orders_customer", "customer_id").references("customer", "id").onDelete(OnDelete.CASCADE));
                        // AG102 DESTROYS: drops customer.legacy_code and its data
                        op.dropColumn("customer", "legacy_code");
                    }

                    @Override
                    public void downgrade(Ops op) {
                        // recreates customer.legacy_code empty: its data is not restored
                        op.addColumn("customer", column("legacy_code", "varchar(20)"));
                        op.dropForeignKey("orders", "fk_orders_customer");
                        op.dropIndex("orders", "ix_orders_customer");
                        // AG102 DESTROYS: drops customer.email and its data
                        op.dropColumn("customer", "email");
                        // AG101 DESTROYS: drops table orders and all its rows
                        op.dropTable("orders");
                        // AG103 DESTROYS: drops sequence orders_seq and its current value: ids it handed out may be handed out again if it is recreated
                        op.dropSequence("orders_seq");
                    }
                }
                """);
    }

    @Test
    void renderedClassCompilesAndPerformsExactlyThePlannedStatements(@TempDir Path dir) throws IOException {
        var plan = MigrationPlan.of(UPGRADE);
        Files.writeString(dir.resolve("V20261123_101500_AddOrders.java"),
                new MigrationRenderer().render("shop.migrations", "V20261123_101500_AddOrders", REVISION, plan));
        List<LoadedMigration> loaded = MigrationCompiler.compile(dir, List.of());
        assertThat(loaded).singleElement().extracting(LoadedMigration::info).isEqualTo(REVISION);
        var ddl = new PostgresDdl();
        assertThat(ddl.statements(loaded.get(0).operations(true))).isEqualTo(ddl.statements(plan.upgrade()));
        assertThat(ddl.statements(loaded.get(0).operations(false))).isEqualTo(ddl.statements(plan.downgrade()));
    }

    @Test
    void namesWithQuotesAndCommentMarkersCannotBreakTheSource(@TempDir Path dir) throws IOException {
        var hostile = new RevisionInfo("0123456789ab", List.of(), "drop \"x\" */ class Evil {} /*", "2026-11-23T10:15:00Z");
        var plan = MigrationPlan.of(List.of(new AddColumn("we\"ird", column("a\\b\"); System.exit(1); //", "text"))));
        String className = MigrationRenderer.className(hostile);
        Files.writeString(dir.resolve(className + ".java"), new MigrationRenderer().render("p", className, hostile, plan));
        var loaded = MigrationCompiler.compile(dir, List.of());
        assertThat(loaded.get(0).operations(true)).isEqualTo(plan.upgrade().stream()
                .map(op -> new AddColumn("we\"ird", column("a\\b\"); System.exit(1); //", "text"))).toList());
    }

    @Test
    void aUnicodeEscapeInTheMessageCannotCloseTheJavadoc(@TempDir Path dir) throws IOException {
        // javac reads \u002a as '*' everywhere, comments included, before it looks for the end of a comment
        var loaded = compile(dir, new RevisionInfo("0123456789ab", List.of(), "x \\u002a/ y", "2026-11-23T10:15:00Z"),
                MigrationPlan.of(List.of()));
        assertThat(loaded).singleElement().extracting(m -> m.info().message()).isEqualTo("x \\u002a/ y");
    }

    @Test
    void aMessageCannotAddAMigrationOfItsOwn(@TempDir Path dir) throws IOException {
        String message = "x \\u002a/ @Revision(id = \"0000000000ee\") final class Evil implements Migration {"
                + " public void upgrade(Ops op) { op.dropTable(\"victim\"); } public void downgrade(Ops op) { } } /** y";
        var loaded = compile(dir, new RevisionInfo("0123456789ab", List.of(), message, "2026-11-23T10:15:00Z"),
                MigrationPlan.of(List.of()));
        assertThat(loaded).singleElement().satisfies(m -> {
            assertThat(m.info().message()).isEqualTo(message);
            assertThat(m.operations(true)).isEmpty();
        });
    }

    @Test
    void placeholdersInTheMessageAreNotFilledIn() {
        var revision = new RevisionInfo("0123456789ab", List.of(), "keep {id}, {down} and {created} as written",
                "2026-11-23T10:15:00Z");
        assertThat(new MigrationRenderer().render("p", "V1", revision, MigrationPlan.of(List.of())))
                .contains(" * keep {id}, {down} and {created} as written\n")
                .contains(" * <p>Revision 0123456789ab, from base, created 2026-11-23T10:15:00Z by autogen.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000b", "\f", "\\u000a", "\\u000d", "\\uuu000A"})
    void aLineBreakInANameCannotEndItsCommentAndAddAStep(String lineBreak, @TempDir Path dir) throws IOException {
        // the name reaches the AG102 comment above the drop and the note above its undo
        String column = "x" + lineBreak + "op.dropTable(\"victim\"); //";
        var plan = MigrationPlan.of(List.of(new DropColumn("customer", column, Optional.of(column(column, "text")))));
        var loaded = compile(dir, REVISION, plan);
        assertThat(loaded.get(0).operations(true)).containsExactly(new DropColumn("customer", column, Optional.empty()));
        assertThat(loaded.get(0).operations(false)).containsExactly(new AddColumn("customer", column(column, "text")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\ud800", "\udfff", "\ud83d", "\\\ud800"})
    void namesThatJavaPoetWouldBreakStayInsideTheirStringLiteral(String text, @TempDir Path dir) throws IOException {
        var plan = MigrationPlan.of(List.of(new AddColumn("t" + text, column("a" + text + "b", "text").comment(text))));
        var loaded = compile(dir, REVISION, plan);
        assertThat(loaded.get(0).operations(true)).isEqualTo(plan.upgrade());
    }

    private static List<LoadedMigration> compile(Path dir, RevisionInfo revision, MigrationPlan plan) throws IOException {
        String className = MigrationRenderer.className(revision);
        Files.writeString(dir.resolve(className + ".java"), new MigrationRenderer().render("p", className, revision, plan));
        return MigrationCompiler.compile(dir, List.of());
    }

    @Test
    void classNameIsTimeThenMessageInCamelCase() {
        assertThat(MigrationRenderer.className(REVISION)).isEqualTo("V20261123_101500_AddOrders");
        assertThat(MigrationRenderer.className(new RevisionInfo("0123456789ab", List.of(), "", "2026-11-23T10:15:00Z")))
                .isEqualTo("V20261123_101500");
    }

    @Test
    void aMigrationThatDoesNotCompileIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Broken.java"), "package p;\nclass Broken { int x = ; }\n");
        assertThatThrownBy(() -> MigrationCompiler.compile(dir, List.of())).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Broken.java:2: ");
    }
}
