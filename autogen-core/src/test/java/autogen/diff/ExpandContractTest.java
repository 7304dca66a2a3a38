package autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.ops.AddColumn;
import autogen.ops.AlterCheckConstraint;
import autogen.ops.AlterColumnDefault;
import autogen.ops.AlterColumnNullable;
import autogen.ops.AlterColumnType;
import autogen.ops.CreateIndex;
import autogen.ops.DropColumn;
import autogen.ops.DropIndex;
import autogen.ops.DropTable;
import autogen.ops.Operation;
import autogen.ops.RenameSequence;
import autogen.ops.RenameTable;
import autogen.model.Index;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which steps break the code running now, and so wait for the contract revision. */
class ExpandContractTest {

    private static final Table ORDERS = Table.of("orders", List.of(Column.of("id", "bigint").notNull(),
            Column.of("status", "varchar(20)"), Column.of("code", "varchar(10)").notNull()));
    private static final SchemaModel CURRENT = new SchemaModel(List.of(ORDERS), List.of());

    private static ExpandContract.Split split(Operation... steps) {
        return ExpandContract.split(List.of(steps), Map.of(), CURRENT, CURRENT, false);
    }

    @Test
    void dropsNotNullNarrowingAndNarrowerChecksWaitForTheContract() {
        var drop = new DropTable("old_orders", Optional.empty());
        var notNull = new AlterColumnNullable("orders", "status", false);
        var narrow = new AlterColumnType("orders", "status", ColumnType.of("varchar(10)"), Optional.of(ColumnType.of("varchar(20)")),
                Optional.empty());
        var narrowerCheck = new AlterCheckConstraint("orders", new CheckConstraint("orders_status_check", "status in ('A')"),
                new CheckConstraint("orders_status_check", "status in ('A','B')"));
        var result = split(drop, notNull, narrow, narrowerCheck);
        assertThat(result.expand().upgrade()).isEmpty();
        assertThat(result.contract().upgrade()).containsExactly(drop, notNull, narrow, narrowerCheck);
    }

    @Test
    void whatOnlyAllowsMoreIsExpand() {
        var widen = new AlterColumnType("orders", "status", ColumnType.of("varchar(40)"), Optional.of(ColumnType.of("varchar(20)")),
                Optional.empty());
        var widerCheck = new AlterCheckConstraint("orders", new CheckConstraint("orders_status_check", "status in ('A','B','C')"),
                new CheckConstraint("orders_status_check", "status in ('A','B')"));
        var index = new CreateIndex("orders", new Index("ix_orders_status", List.of("status"), false, "btree"), false);
        var dropIndex = new DropIndex("orders", "ix_old", Optional.empty(), false);
        var result = split(widen, widerCheck, index, dropIndex);
        assertThat(result.expand().upgrade()).containsExactly(widen, widerCheck, index, dropIndex);
        assertThat(result.contract().isEmpty()).isTrue();
    }

    @Test
    void aRequiredColumnDroppedIsMadeNullableFirst() {
        var drop = new DropColumn("orders", "code", ORDERS.column("code"));
        var result = split(drop);
        assertThat(result.expand().upgrade()).containsExactly(new AlterColumnNullable("orders", "code", true));
        assertThat(result.contract().upgrade()).containsExactly(
                new DropColumn("orders", "code", ORDERS.column("code").map(c -> c.nullable(true))));
    }

    @Test
    void aRequiredColumnAddedTakesItsBackfillAsDefaultUntilTheContract() {
        var add = AddColumn.toExistingRows("orders", Column.of("tier", "varchar(10)").notNull());
        var result = split(add);
        assertThat(result.expand().upgrade()).containsExactly(new AddColumn("orders", Column.of("tier", "varchar(10)").defaultSql("''")));
        assertThat(result.contract().upgrade()).containsExactly(new AlterColumnNullable("orders", "tier", false),
                new AlterColumnDefault("orders", "tier", Optional.empty(), Optional.of(Optional.of("''"))));
    }

    @Test
    void tableAndSequenceRenamesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> split(new RenameTable("orders", "purchases"))).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("--expand-contract: renaming table orders to purchases cannot be split");
        assertThatThrownBy(() -> split(new RenameSequence("orders_seq", "purchases_seq"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("renaming sequence orders_seq to purchases_seq cannot be split");
    }
}
