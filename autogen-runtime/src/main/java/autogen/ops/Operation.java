package autogen.ops;

/** One schema change. Dispatch is a visitor: adding an operation breaks every renderer's compile, on purpose. */
public sealed interface Operation
        permits CreateSchema, DropSchema, RenameTable, RenameColumn, RenameIndex, RenameConstraint, RenameSequence,
                CreateTable, DropTable, AddColumn, DropColumn, AlterColumnType, AlterColumnNullable,
                AlterColumnDefault, AlterColumnIdentity, AlterColumnGeneration, AlterTableComment, AlterColumnComment, AddPrimaryKey, DropPrimaryKey, AddUniqueConstraint,
                DropUniqueConstraint, AddCheckConstraint, AlterCheckConstraint, DropCheckConstraint, CreateIndex, DropIndex,
                AddForeignKey, AlterForeignKey, DropForeignKey, CreateSequence, AlterSequence, DropSequence, CreateEnumType, DropEnumType, AddEnumValue,
                ExecuteSql, JdbcCall, Irreversible {

    /**
     * The operation that undoes this one.
     *
     * @throws IrreversibleOperationException when this operation does not carry the definition it removes
     *     (hand-written {@code op.dropColumn(...)}) or cannot be undone at all (raw SQL)
     */
    Operation reverse();

    <R> R accept(OperationVisitor<R> visitor);
}
