package autogen.diff;

import static autogen.migration.Dsl.column;
import static autogen.migration.Dsl.foreignKey;
import static autogen.migration.Dsl.index;
import static autogen.migration.Dsl.primaryKey;
import static autogen.migration.Dsl.sequence;
import static autogen.migration.Dsl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.OnDelete;
import autogen.model.SchemaModel;
import autogen.model.Sequence;
import autogen.model.Table;
import autogen.model.TableElement;
import autogen.ops.AddColumn;
import autogen.ops.AddForeignKey;
import autogen.ops.AddUniqueConstraint;
import autogen.ops.AlterForeignKey;
import autogen.ops.AlterColumnDefault;
import autogen.ops.AlterColumnNullable;
import autogen.ops.AlterColumnType;
import autogen.ops.AlterSequence;
import autogen.ops.CreateIndex;
import autogen.ops.CreateSequence;
import autogen.ops.CreateTable;
import autogen.ops.DropColumn;
import autogen.ops.DropForeignKey;
import autogen.ops.DropIndex;
import autogen.ops.DropSequence;
import autogen.ops.DropTable;
import autogen.ops.DropUniqueConstraint;
import autogen.ops.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparatorTest {

    private final Comparator comparator = new Comparator();

    private static final Column ID = column("id", "bigint").notNull();
    private static final Table CUSTOMER = table("customer", ID, column("name", "varchar(255)"), primaryKey("customer_pkey", "id"));
    private static final ForeignKey ORDER_CUSTOMER = foreignKey("fk_order_customer", "customer_id").references("customer", "id");
    private static final Table ORDERS = table("orders", ID, column("customer_id", "bigint"), primaryKey("orders_pkey", "id"))
            .withIndexes(List.of(index("ix_orders_customer", "customer_id")))
            .withForeignKeys(List.of(ORDER_CUSTOMER));

    static Table table(String name, TableElement... elements) {
        return Table.of(name, List.of(elements));
    }

    static SchemaModel schema(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    private List<Operation> compare(SchemaModel current, SchemaModel target) {
        return comparator.compare(current, target);
    }

    @Test
    void identicalSchemasGiveNoOperations() {
        assertThat(compare(schema(CUSTOMER, ORDERS), schema(CUSTOMER, ORDERS))).isEmpty();
    }

    @Test
    void newTableIsCreatedBeforeItsIndexesAndForeignKeys() {
        assertThat(compare(schema(CUSTOMER), schema(CUSTOMER, ORDERS))).containsExactly(
                new CreateTable(ORDERS),
                new CreateIndex("orders", index("ix_orders_customer", "customer_id")),
                new AddForeignKey("orders", ORDER_CUSTOMER));
    }

    @Test
    void droppedTableLosesItsForeignKeysAndIndexesFirstSoTheDowngradeRecreatesThem() {
        var ops = compare(schema(CUSTOMER, ORDERS), schema(CUSTOMER));
        assertThat(ops).containsExactly(
                new DropForeignKey("orders", "fk_order_customer", Optional.of(ORDER_CUSTOMER)),
                new DropIndex("orders", "ix_orders_customer", Optional.of(index("ix_orders_customer", "customer_id"))),
                new DropTable("orders", Optional.of(ORDERS.withoutIndexesAndForeignKeys())));
        assertThat(MigrationPlan.of(ops).downgrade()).containsExactly(
                new CreateTable(ORDERS),
                new CreateIndex("orders", index("ix_orders_customer", "customer_id")),
                new AddForeignKey("orders", ORDER_CUSTOMER));
    }

    @Test
    void referencedTableIsDroppedAfterTheKeysPointingAtIt() {
        var ordersWithoutKey = ORDERS.withForeignKeys(List.of());
        var ops = compare(schema(CUSTOMER, ORDERS), schema(ordersWithoutKey));
        assertThat(ops).first().isInstanceOf(DropForeignKey.class);
        assertThat(ops).last().isEqualTo(new DropTable("customer", Optional.of(CUSTOMER)));
    }

    @Test
    void aChangedOnDeleteIsOneStepThatReversesToTheOldAction() {
        var cascading = ORDER_CUSTOMER.onDelete(OnDelete.CASCADE);
        var ops = compare(schema(CUSTOMER, ORDERS), schema(CUSTOMER, ORDERS.withForeignKeys(List.of(cascading))));
        assertThat(ops).containsExactly(new AlterForeignKey("orders", cascading, ORDER_CUSTOMER));
        assertThat(ops.get(0).reverse()).isEqualTo(new AlterForeignKey("orders", ORDER_CUSTOMER, cascading));
        assertThat(((AlterForeignKey) ops.get(0)).deferralOnly()).isFalse();
    }

    @Test
    void aKeyMadeDeferrableOrLosingItsOnUpdateIsOneStepEach() {
        var handWritten = ORDER_CUSTOMER.onUpdate(OnDelete.CASCADE).deferrable(ForeignKey.Deferral.INITIALLY_DEFERRED);
        var ops = compare(schema(CUSTOMER, ORDERS.withForeignKeys(List.of(handWritten))), schema(CUSTOMER, ORDERS));
        assertThat(ops).containsExactly(new AlterForeignKey("orders", ORDER_CUSTOMER, handWritten));
        var deferredOnly = compare(schema(CUSTOMER, ORDERS),
                schema(CUSTOMER, ORDERS.withForeignKeys(List.of(ORDER_CUSTOMER.deferrable(ForeignKey.Deferral.INITIALLY_DEFERRED)))));
        assertThat(deferredOnly).singleElement().satisfies(op -> assertThat(((AlterForeignKey) op).deferralOnly()).isTrue());
    }

    @Test
    void aKeyThatReferencesOtherColumnsIsDroppedAndAdded() {
        var otherColumn = new ForeignKey("fk_order_customer", List.of("id"), "customer", List.of("id"), OnDelete.CASCADE);
        var ops = compare(schema(CUSTOMER, ORDERS), schema(CUSTOMER, ORDERS.withForeignKeys(List.of(otherColumn))));
        assertThat(ops).containsExactly(new DropForeignKey("orders", "fk_order_customer", Optional.of(ORDER_CUSTOMER)),
                new AddForeignKey("orders", otherColumn));
    }

    @Test
    void addedColumnBecomesAddColumnAndReversesToDrop() {
        var email = column("email", "varchar(320)");
        var target = CUSTOMER.withColumns(List.of(ID, column("name", "varchar(255)"), email));
        var ops = compare(schema(CUSTOMER), schema(target));
        assertThat(ops).containsExactly(new AddColumn("customer", email));
        assertThat(ops.get(0).reverse()).isEqualTo(new DropColumn("customer", "email", Optional.of(email)));
    }

    @Test
    void removedColumnIsDroppedLastAndKeepsItsDefinitionForTheDowngrade() {
        var target = CUSTOMER.withColumns(List.of(ID));
        var ops = compare(schema(CUSTOMER), schema(target));
        assertThat(ops).containsExactly(new DropColumn("customer", "name", Optional.of(column("name", "varchar(255)"))));
        assertThat(ops.get(0).reverse()).isEqualTo(new AddColumn("customer", column("name", "varchar(255)")));
    }

    @Test
    void changedTypeNullabilityAndDefaultAreAlteredTypeFirstNullabilityLast() {
        var target = CUSTOMER.withColumns(List.of(ID, column("name", "varchar(400)").defaultSql("'x'").notNull()));
        assertThat(compare(schema(CUSTOMER), schema(target))).containsExactly(
                new AlterColumnType("customer", "name", ColumnType.of("varchar(400)"), Optional.of(ColumnType.of("varchar(255)"))),
                new AlterColumnDefault("customer", "name", Optional.of("'x'"), Optional.of(Optional.empty())),
                new AlterColumnNullable("customer", "name", false));
    }

    @Test
    void downgradeReversesEachStepInTheMirrorOrder() {
        var target = CUSTOMER.withColumns(List.of(ID, column("name", "varchar(400)").notNull()));
        var plan = MigrationPlan.of(compare(schema(CUSTOMER), schema(target)));
        assertThat(plan.downgrade()).containsExactly(
                new AlterColumnNullable("customer", "name", true),
                new AlterColumnType("customer", "name", ColumnType.of("varchar(255)"), Optional.of(ColumnType.of("varchar(400)"))));
    }

    @Test
    void changedIndexIsDroppedAndCreatedAgain() {
        Index wider = new Index("ix_orders_customer", List.of("customer_id", "id"), false);
        var target = ORDERS.withIndexes(List.of(wider));
        assertThat(compare(schema(CUSTOMER, ORDERS), schema(CUSTOMER, target))).containsExactly(
                new DropIndex("orders", "ix_orders_customer", Optional.of(index("ix_orders_customer", "customer_id"))),
                new CreateIndex("orders", wider));
    }

    @Test
    void uniqueConstraintsAreAddedAndDropped() {
        var withUnique = table("customer", ID, column("name", "varchar(255)"), primaryKey("customer_pkey", "id"),
                unique("uk_customer_name", "name"));
        assertThat(compare(schema(CUSTOMER), schema(withUnique)))
                .containsExactly(new AddUniqueConstraint("customer", unique("uk_customer_name", "name")));
        assertThat(compare(schema(withUnique), schema(CUSTOMER))).containsExactly(
                new DropUniqueConstraint("customer", "uk_customer_name", Optional.of(unique("uk_customer_name", "name"))));
    }

    @Test
    void sequencesAreCreatedFirstAlteredInPlaceAndDroppedLast() {
        Sequence seq = sequence("customer_seq", 1, 50);
        var withSeq = new SchemaModel(List.of(CUSTOMER), List.of(seq));
        assertThat(compare(schema(), withSeq)).containsExactly(new CreateSequence(seq), new CreateTable(CUSTOMER));
        assertThat(compare(withSeq, schema())).containsExactly(
                new DropTable("customer", Optional.of(CUSTOMER)), new DropSequence("customer_seq", Optional.of(seq)));
        var changed = new SchemaModel(List.of(CUSTOMER), List.of(sequence("customer_seq", 1, 1)));
        assertThat(compare(changed, withSeq)).containsExactly(new AlterSequence(seq, Optional.of(sequence("customer_seq", 1, 1))));
    }
}
