package autogen.render;

import autogen.ops.*;
import java.util.Optional;

/**
 * The table an operation changes ({@code schema.name} as in the model), and its column when the operation is about
 * one: what a report groups the operation under and points at. A visitor, so that a new operation must say where
 * it belongs. Renames name the new table or column, the one the entities have.
 */
public record OperationTarget(String table, Optional<String> column) {

    private static final Visitor VISITOR = new Visitor();

    /** Where {@code op} belongs; empty for steps not tied to one table (schemas, sequences, enum types, SQL). */
    public static Optional<OperationTarget> of(Operation op) {
        return op.accept(VISITOR);
    }

    private static Optional<OperationTarget> table(String table) {
        return Optional.of(new OperationTarget(table, Optional.empty()));
    }

    private static Optional<OperationTarget> column(String table, String column) {
        return Optional.of(new OperationTarget(table, Optional.of(column)));
    }

    private static final class Visitor implements OperationVisitor<Optional<OperationTarget>> {
        @Override public Optional<OperationTarget> createSchema(CreateSchema op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> dropSchema(DropSchema op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> renameTable(RenameTable op) { return table(op.to()); }
        @Override public Optional<OperationTarget> renameColumn(RenameColumn op) { return column(op.table(), op.to()); }
        @Override public Optional<OperationTarget> renameIndex(RenameIndex op) { return table(op.table()); }
        @Override public Optional<OperationTarget> renameConstraint(RenameConstraint op) { return table(op.table()); }
        @Override public Optional<OperationTarget> renameSequence(RenameSequence op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> createTable(CreateTable op) { return table(op.table().name()); }
        @Override public Optional<OperationTarget> dropTable(DropTable op) { return table(op.table()); }
        @Override public Optional<OperationTarget> addColumn(AddColumn op) { return column(op.table(), op.column().name()); }
        @Override public Optional<OperationTarget> dropColumn(DropColumn op) { return column(op.table(), op.column()); }
        @Override public Optional<OperationTarget> alterColumnType(AlterColumnType op) { return column(op.table(), op.column()); }
        @Override public Optional<OperationTarget> alterColumnNullable(AlterColumnNullable op) { return column(op.table(), op.column()); }
        @Override public Optional<OperationTarget> alterColumnDefault(AlterColumnDefault op) { return column(op.table(), op.column()); }
        @Override public Optional<OperationTarget> alterColumnIdentity(AlterColumnIdentity op) { return column(op.table(), op.column()); }
        @Override public Optional<OperationTarget> alterColumnGeneration(AlterColumnGeneration op) { return column(op.table(), op.column()); }
        @Override public Optional<OperationTarget> alterTableComment(AlterTableComment op) { return table(op.table()); }
        @Override public Optional<OperationTarget> alterColumnComment(AlterColumnComment op) { return column(op.table(), op.column()); }
        @Override public Optional<OperationTarget> addPrimaryKey(AddPrimaryKey op) { return table(op.table()); }
        @Override public Optional<OperationTarget> dropPrimaryKey(DropPrimaryKey op) { return table(op.table()); }
        @Override public Optional<OperationTarget> addUniqueConstraint(AddUniqueConstraint op) { return table(op.table()); }
        @Override public Optional<OperationTarget> dropUniqueConstraint(DropUniqueConstraint op) { return table(op.table()); }
        @Override public Optional<OperationTarget> addCheckConstraint(AddCheckConstraint op) { return table(op.table()); }
        @Override public Optional<OperationTarget> alterCheckConstraint(AlterCheckConstraint op) { return table(op.table()); }
        @Override public Optional<OperationTarget> dropCheckConstraint(DropCheckConstraint op) { return table(op.table()); }
        @Override public Optional<OperationTarget> createIndex(CreateIndex op) { return table(op.table()); }
        @Override public Optional<OperationTarget> dropIndex(DropIndex op) { return table(op.table()); }
        @Override public Optional<OperationTarget> addForeignKey(AddForeignKey op) { return table(op.table()); }
        @Override public Optional<OperationTarget> alterForeignKey(AlterForeignKey op) { return table(op.table()); }
        @Override public Optional<OperationTarget> dropForeignKey(DropForeignKey op) { return table(op.table()); }
        @Override public Optional<OperationTarget> createSequence(CreateSequence op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> alterSequence(AlterSequence op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> dropSequence(DropSequence op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> createEnumType(CreateEnumType op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> dropEnumType(DropEnumType op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> addEnumValue(AddEnumValue op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> executeSql(ExecuteSql op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> jdbcCall(JdbcCall op) { return Optional.empty(); }
        @Override public Optional<OperationTarget> irreversible(Irreversible op) { return Optional.empty(); }
    }
}
