package autogen.diff;

import static autogen.migration.Dsl.column;
import static autogen.migration.Dsl.foreignKey;
import static autogen.migration.Dsl.primaryKey;
import static autogen.migration.Dsl.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.model.TableElement;
import autogen.ops.Operation;
import autogen.ops.RenameColumn;
import autogen.ops.RenameConstraint;
import autogen.ops.RenameSequence;
import autogen.ops.RenameTable;
import autogen.render.OperationSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decisions of the rename detector at its default thresholds, one case each, as a reviewer would expect them. */
class RenameDetectorTest {

    private static Table table(String name, TableElement... elements) {
        return Table.of(name, List.of(elements));
    }

    private static SchemaModel schema(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    /** Renames first, then what the comparator still finds: the whole upgrade, as statements. */
    private static List<String> upgrade(SchemaModel current, SchemaModel target, RenameHints hints, RenameQuestioner questioner) {
        var result = new RenameDetector(hints, questioner).detect(current, target);
        var ops = new ArrayList<Operation>(result.renames());
        ops.addAll(new Comparator().compare(result.current(), target));
        return ops.stream().map(OperationSource::statement).toList();
    }

    private static List<String> upgrade(SchemaModel current, SchemaModel target) {
        return upgrade(current, target, RenameHints.NONE, RenameQuestioner.auto());
    }

    private static final TableElement ID = column("id", "bigint").notNull();
    private static final TableElement PK = primaryKey("customer_pkey", "id");

    @Test
    void plainRename() {
        assertThat(upgrade(schema(table("customer", ID, column("name", "varchar(255)"), PK)),
                schema(table("customer", ID, column("full_name", "varchar(255)"), PK))))
                .containsExactly("op.renameColumn(\"customer\", \"name\", \"full_name\")");
    }

    @Test
    void renameWithWidening() {
        assertThat(upgrade(schema(table("customer", ID, column("name", "varchar(100)"), PK)),
                schema(table("customer", ID, column("full_name", "varchar(255)"), PK))))
                .containsExactly("op.renameColumn(\"customer\", \"name\", \"full_name\")",
                        "op.alterColumnType(\"customer\", \"full_name\", \"varchar(255)\", \"varchar(100)\")");
    }

    @Test
    void twoRenamesInOneTable() {
        assertThat(upgrade(schema(table("customer", ID, column("first", "varchar(80)"), column("last", "varchar(80)"), PK)),
                schema(table("customer", ID, column("first_name", "varchar(80)"), column("last_name", "varchar(80)"), PK))))
                .containsExactly("op.renameColumn(\"customer\", \"first\", \"first_name\")",
                        "op.renameColumn(\"customer\", \"last\", \"last_name\")");
    }

    @Test
    void renameNextToATrueDropAndAdd() {
        assertThat(upgrade(schema(table("customer", ID, column("name", "varchar(255)"), column("legacy_code", "varchar(255)"), PK)),
                schema(table("customer", ID, column("full_name", "varchar(255)"), column("email", "varchar(255)"), PK))))
                .containsExactly("op.renameColumn(\"customer\", \"name\", \"full_name\")",
                        "op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"))",
                        "op.dropColumn(\"customer\", \"legacy_code\")");
    }

    @Test
    void aSwapOfTwoNamesIsNoRename() {
        assertThat(upgrade(schema(table("customer", ID, column("a", "integer"), column("b", "text"), PK)),
                schema(table("customer", ID, column("a", "text"), column("b", "integer"), PK))))
                .containsExactly("op.alterColumnType(\"customer\", \"a\", \"text\", \"integer\")",
                        "op.alterColumnType(\"customer\", \"b\", \"integer\", \"text\")");
    }

    @Test
    void renamedTableWithRenamedColumnsInsideTakesItsKeyAndSequenceAlong() {
        var current = new SchemaModel(List.of(
                table("customer", ID, column("name", "varchar(255)"), column("email", "varchar(320)"), PK),
                table("orders", ID, column("customer_id", "bigint"), primaryKey("orders_pkey", "id"))
                        .withForeignKeys(List.of(foreignKey("fk_orders_customer", "customer_id").references("customer", "id")))),
                List.of(sequence("customer_seq", 1, 50)));
        var target = new SchemaModel(List.of(
                table("client", ID, column("full_name", "varchar(255)"), column("email", "varchar(320)"), primaryKey("client_pkey", "id")),
                table("orders", ID, column("customer_id", "bigint"), primaryKey("orders_pkey", "id"))
                        .withForeignKeys(List.of(foreignKey("fk_orders_client", "customer_id").references("client", "id")))),
                List.of(sequence("client_seq", 1, 50)));
        var result = new RenameDetector(RenameHints.NONE, RenameQuestioner.auto()).detect(current, target);
        assertThat(result.renames()).containsExactly(
                new RenameTable("customer", "client"),
                new RenameColumn("client", "name", "full_name"),
                new RenameConstraint("client", "customer_pkey", "client_pkey"),
                new RenameConstraint("orders", "fk_orders_customer", "fk_orders_client"),
                new RenameSequence("customer_seq", "client_seq"));
        assertThat(new Comparator().compare(result.current(), target)).isEmpty();
        assertThat(result.notes().get(new RenameTable("customer", "client"))).startsWith("likely rename of table customer to client");
    }

    @Test
    void aDroppedAndACreatedTableThatMerelyShareAShapeAreNoRename() {
        assertThat(upgrade(schema(table("audit_log", ID, column("text", "varchar(255)"), primaryKey("audit_log_pkey", "id"))),
                schema(table("note", ID, column("body", "varchar(255)"), primaryKey("note_pkey", "id")))))
                .containsExactly("op.dropTable(\"audit_log\")",
                        "op.createTable(\"note\", column(\"id\", \"bigint\").notNull(), column(\"body\", \"varchar(255)\"), primaryKey(\"note_pkey\", \"id\"))");
    }

    @Test
    void similarNamesButDifferentTypesAreNoRename() {
        assertThat(upgrade(schema(table("customer", ID, column("amount", "numeric(12,2)"), PK)),
                schema(table("customer", ID, column("amount_text", "text"), PK))))
                .containsExactly("op.addColumn(\"customer\", column(\"amount_text\", \"text\"))", "op.dropColumn(\"customer\", \"amount\")");
    }

    @Test
    void unrelatedNamesOfTheSameTypeAreNoRename() {
        assertThat(upgrade(schema(table("customer", ID, column("legacy_code", "varchar(255)"), PK)),
                schema(table("customer", ID, column("email", "varchar(255)"), PK))))
                .containsExactly("op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"))", "op.dropColumn(\"customer\", \"legacy_code\")");
    }

    @Test
    void aHintIsTakenWhateverTheScoreAndEvenWithNever() {
        var hints = new RenameHints(Map.of(), Map.of("customer", Map.of("email", "legacy_code")));
        assertThat(upgrade(schema(table("customer", ID, column("legacy_code", "varchar(255)"), PK)),
                schema(table("customer", ID, column("email", "varchar(255)"), PK)), hints, RenameQuestioner.never()))
                .containsExactly("op.renameColumn(\"customer\", \"legacy_code\", \"email\")");
    }

    @Test
    void neverWritesDropAndAdd() {
        assertThat(upgrade(schema(table("customer", ID, column("name", "varchar(255)"), PK)),
                schema(table("customer", ID, column("full_name", "varchar(255)"), PK)), RenameHints.NONE, RenameQuestioner.never()))
                .containsExactly("op.addColumn(\"customer\", column(\"full_name\", \"varchar(255)\"))", "op.dropColumn(\"customer\", \"name\")");
    }

    @Test
    void theBestPairWinsAndEachColumnIsUsedOnce() {
        assertThat(upgrade(schema(table("customer", ID, column("name", "varchar(255)"), PK)),
                schema(table("customer", ID, column("full_name", "varchar(255)"), column("nickname", "varchar(255)"), PK))))
                .containsExactly("op.renameColumn(\"customer\", \"name\", \"full_name\")",
                        "op.addColumn(\"customer\", column(\"nickname\", \"varchar(255)\"))");
    }

    @Test
    void aColumnKnownToHoldNoDataIsWeakerEvidence() {
        var current = schema(table("customer", ID, column("name", "varchar(100)"), PK));
        var target = schema(table("customer", ID, column("full_name", "varchar(255)"), PK));
        assertThat(new RenameDetector(RenameHints.NONE, RenameQuestioner.auto()).detect(current, target).renames()).hasSize(1);
        assertThat(new RenameDetector(RenameHints.NONE, RenameQuestioner.auto(), java.util.Set.of("customer.name"))
                .detect(current, target).renames()).isEmpty();
    }

    @Test
    void theNoteCarriesTheEvidenceAndTheWayOut() {
        var result = new RenameDetector(RenameHints.NONE, RenameQuestioner.auto()).detect(
                schema(table("customer", ID, column("name", "varchar(255)"), PK)),
                schema(table("customer", ID, column("full_name", "varchar(255)"), PK)));
        assertThat(result.notes().get(new RenameColumn("customer", "name", "full_name"))).isEqualTo(
                "likely rename of customer.name to customer.full_name (same type varchar(255), same nullability, same position, "
                        + "name similarity 0.50; score 0.85): check before applying; `revision --renames never` writes drop + add instead");
    }
}
