package autogen.ops;

public interface OperationVisitor<R> {
    R createSchema(CreateSchema op);
    R dropSchema(DropSchema op);
    R renameTable(RenameTable op);
    R renameColumn(RenameColumn op);
    R renameIndex(RenameIndex op);
    R renameConstraint(RenameConstraint op);
    R renameSequence(RenameSequence op);
    R createTable(CreateTable op);
    R dropTable(DropTable op);
    R addColumn(AddColumn op);
    R dropColumn(DropColumn op);
    R alterColumnType(AlterColumnType op);
    R alterColumnNullable(AlterColumnNullable op);
    R alterColumnDefault(AlterColumnDefault op);
    R alterColumnIdentity(AlterColumnIdentity op);
    R alterColumnGeneration(AlterColumnGeneration op);
    R alterTableComment(AlterTableComment op);
    R alterColumnComment(AlterColumnComment op);
    R addPrimaryKey(AddPrimaryKey op);
    R dropPrimaryKey(DropPrimaryKey op);
    R addUniqueConstraint(AddUniqueConstraint op);
    R dropUniqueConstraint(DropUniqueConstraint op);
    R addCheckConstraint(AddCheckConstraint op);
    R alterCheckConstraint(AlterCheckConstraint op);
    R dropCheckConstraint(DropCheckConstraint op);
    R createIndex(CreateIndex op);
    R dropIndex(DropIndex op);
    R addForeignKey(AddForeignKey op);
    R alterForeignKey(AlterForeignKey op);
    R dropForeignKey(DropForeignKey op);
    R createSequence(CreateSequence op);
    R alterSequence(AlterSequence op);
    R dropSequence(DropSequence op);
    R createEnumType(CreateEnumType op);
    R dropEnumType(DropEnumType op);
    R addEnumValue(AddEnumValue op);
    R executeSql(ExecuteSql op);

    R jdbcCall(JdbcCall op);
    R irreversible(Irreversible op);
}
