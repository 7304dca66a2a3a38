package autogen.lint;

import static autogen.migration.Dsl.check;
import static autogen.migration.Dsl.column;
import static autogen.migration.Dsl.foreignKey;
import static autogen.migration.Dsl.index;
import static autogen.migration.Dsl.primaryKey;
import static autogen.migration.Dsl.sequence;
import static autogen.migration.Dsl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.model.ColumnType;
import autogen.model.Table;
import autogen.ops.AddCheckConstraint;
import autogen.ops.AddColumn;
import autogen.ops.AddForeignKey;
import autogen.ops.AddPrimaryKey;
import autogen.ops.AddUniqueConstraint;
import autogen.ops.AlterColumnNullable;
import autogen.ops.AlterColumnType;
import autogen.ops.CreateIndex;
import autogen.ops.CreateTable;
import autogen.ops.DropColumn;
import autogen.ops.DropSequence;
import autogen.ops.DropTable;
import autogen.ops.ExecuteSql;
import autogen.ops.Irreversible;
import autogen.ops.Operation;
import autogen.ops.RenameColumn;
import autogen.ops.RenameTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every classified operation: its risk and the comment a reviewer reads above it. */
class SafetyTest {

    private static Optional<ColumnType> type(String sql) {
        return Optional.of(ColumnType.of(sql));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new DropTable("orders", Optional.empty()), "AG101 DESTROYS: drops table orders and all its rows"),
                Arguments.of(new DropColumn("customer", "legacy", Optional.empty()), "AG102 DESTROYS: drops customer.legacy and its data"),
                Arguments.of(new DropSequence("orders_seq", Optional.empty()), "AG103 DESTROYS: drops sequence orders_seq and its "
                        + "current value: ids it handed out may be handed out again if it is recreated"),
                Arguments.of(new AlterColumnType("customer", "name", ColumnType.of("varchar(50)"), type("varchar(255)")),
                        "AG201 MAY FAIL: narrows customer.name from varchar(255) to varchar(50): a value longer than 50 "
                                + "characters makes it fail, changing nothing (none is cut or rounded); rewrites the table "
                                + "under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new AlterColumnType("customer", "n", ColumnType.of("integer"), type("bigint")),
                        "AG201 MAY FAIL: narrows customer.n from bigint to integer: a value out of range for integer makes "
                                + "it fail, changing nothing; rewrites the table under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new AlterColumnType("customer", "n", ColumnType.of("bigint"), type("integer")),
                        "AG301 REWRITES: type of customer.n from integer to bigint keeps every value; rewrites the table "
                                + "under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new AlterColumnType("customer", "at", ColumnType.of("timestamp(6) with time zone"),
                                type("timestamp(6)"), Optional.of("at AT TIME ZONE 'UTC'")),
                        "AG403 REVIEW: changes customer.at from timestamp(6) to timestamp(6) with time zone: each value is "
                                + "read as a local time in the configured time zone (USING at AT TIME ZONE 'UTC'); rewrites "
                                + "the table under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new AlterColumnType("customer", "name", ColumnType.of("varchar(50)"), Optional.empty()),
                        "AG201 MAY FAIL: changes customer.name to varchar(50) without naming its current type, so autogen "
                                + "cannot tell whether values are cut or rounded; rewrites the table"),
                Arguments.of(new AlterColumnNullable("customer", "name", false), "AG202 MAY FAIL: fails if customer.name holds "
                        + "NULLs (backfill them first); scans the table under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new AddUniqueConstraint("customer", unique("uk_email", "email")),
                        "AG203 MAY FAIL: fails on duplicate email in customer; builds its index while blocking writes"),
                Arguments.of(new AddCheckConstraint("customer", check("ck_age", "age >= 0")),
                        "AG204 MAY FAIL: fails if a row of customer breaks ck_age; scans the table under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new AddForeignKey("orders", foreignKey("fk", "customer_id").references("customer", "id")),
                        "AG205 MAY FAIL: fails if a row of orders references a missing customer row; scans it while blocking writes to both tables"),
                Arguments.of(new AddPrimaryKey("customer", primaryKey("customer_pkey", "id")),
                        "AG206 MAY FAIL: fails on duplicate or NULL id in customer; builds its index under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new AddColumn("customer", column("flag", "jsonb[]").defaultSql("'{}'")), null),
                Arguments.of(new AddColumn("customer", column("shape", "geometry").notNull()),
                        "AG207 MAY FAIL: fails if customer has rows: give them a value with op.addColumn(table, column, \"value\")"),
                Arguments.of(new AddColumn("customer", column("points", "integer").notNull(), Optional.of("0")),
                        "AG208 REVIEW: existing rows of customer get 0 in points before it becomes NOT NULL; replace the value if it is not the right one"),
                Arguments.of(new AddColumn("invoice", column("gross", "integer").generatedAs("net + tax")),
                        "AG301 REWRITES: a stored generated column rewrites invoice under an ACCESS EXCLUSIVE lock"),
                Arguments.of(new CreateIndex("orders", index("ix_orders_placed", "placed_at")),
                        "AG302 LOCKS: building ix_orders_placed blocks writes to orders until it is done"),
                Arguments.of(new RenameTable("customer", "client"), "AG401 REVIEW: code still running against table customer breaks once it is client"),
                Arguments.of(new RenameColumn("customer", "name", "full_name"), "AG401 REVIEW: code still using customer.name breaks once it is full_name"),
                Arguments.of(new ExecuteSql("UPDATE customer SET x = 1"), "AG402 REVIEW: raw SQL: autogen cannot tell what it does"),
                Arguments.of(new Irreversible("why"), "AG501 MAY FAIL: fails when run; write this step by hand (see the reason)"),
                Arguments.of(new AlterColumnType("customer", "name", ColumnType.of("varchar(400)"), type("varchar(255)")), null),
                Arguments.of(new AlterColumnNullable("customer", "name", true), null),
                Arguments.of(new CreateTable(Table.of("orders", List.of(column("id", "bigint").notNull()))), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesEachOperationWithAReviewerComment(Operation op, String comment) {
        if (comment == null) {
            assertThat(Safety.of(op)).isEmpty();
            assertThat(Safety.risk(op)).isEqualTo(Risk.SAFE);
        } else {
            assertThat(Safety.of(op)).extracting(Finding::comment).containsExactly(comment);
        }
    }

    @org.junit.jupiter.api.Test
    void stepsOnATableCreatedInTheSameRevisionCannotHurtAnyone() {
        var create = new CreateTable(Table.of("orders", List.of(column("id", "bigint").notNull(), column("customer_id", "bigint"))));
        var index = new CreateIndex("orders", index("ix_orders_customer", "customer_id"));
        var key = new AddForeignKey("orders", foreignKey("fk", "customer_id").references("customer", "id"));
        var elsewhere = new CreateIndex("customer", index("ix_customer_name", "name"));
        var findings = Safety.of(List.of(create, index, key, elsewhere));
        assertThat(findings.get(index)).isEmpty();
        assertThat(findings.get(key)).isEmpty();
        assertThat(findings.get(elsewhere)).extracting(Finding::code).containsExactly(Code.AG302_INDEX_BLOCKS_WRITES);
        assertThat(Safety.risk(new DropSequence("s", Optional.of(sequence("s", 1, 1))))).isEqualTo(Risk.DESTROYS);
    }
}
