package autogen.ops;

import autogen.migration.Ops;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.EnumType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.PrimaryKey;
import autogen.model.Sequence;
import autogen.model.Table;
import autogen.model.TableElement;
import autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Ops} a migration runs against: it turns each call back into an {@link Operation}. Calls carry no
 * prior definitions, so these operations run forward but cannot be reversed; downgrades are code too.
 */
public final class RecordingOps implements Ops {

    private final List<Operation> operations = new ArrayList<>();

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    @Override
    public void createSchema(String name) {
        operations.add(new CreateSchema(name));
    }

    @Override
    public void dropSchema(String name) {
        operations.add(new DropSchema(name));
    }

    @Override
    public void renameTable(String from, String to) {
        operations.add(new RenameTable(from, to));
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        operations.add(new RenameColumn(table, from, to));
    }

    @Override
    public void renameIndex(String table, String from, String to) {
        operations.add(new RenameIndex(table, from, to));
    }

    @Override
    public void renameConstraint(String table, String from, String to) {
        operations.add(new RenameConstraint(table, from, to));
    }

    @Override
    public void renameSequence(String from, String to) {
        operations.add(new RenameSequence(from, to));
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        operations.add(new CreateTable(Table.of(table, List.of(elements))));
    }

    @Override
    public void dropTable(String table) {
        operations.add(new DropTable(table, Optional.empty()));
    }

    @Override
    public void addColumn(String table, Column column) {
        operations.add(new AddColumn(table, column));
    }

    @Override
    public void addColumn(String table, Column column, String backfillSql) {
        operations.add(new AddColumn(table, column, Optional.of(backfillSql)));
    }

    @Override
    public void dropColumn(String table, String column) {
        operations.add(new DropColumn(table, column, Optional.empty()));
    }

    @Override
    public void alterColumnType(String table, String column, String type) {
        operations.add(new AlterColumnType(table, column, ColumnType.of(type), Optional.empty()));
    }

    @Override
    public void alterColumnType(String table, String column, String type, String existingType) {
        operations.add(new AlterColumnType(table, column, ColumnType.of(type), Optional.of(ColumnType.of(existingType))));
    }

    @Override
    public void alterColumnType(String table, String column, String type, String existingType, autogen.migration.Dsl.Using using) {
        operations.add(new AlterColumnType(table, column, ColumnType.of(type), Optional.of(ColumnType.of(existingType)),
                Optional.of(using.sql())));
    }

    @Override
    public void setNotNull(String table, String column) {
        operations.add(new AlterColumnNullable(table, column, false));
    }

    @Override
    public void dropNotNull(String table, String column) {
        operations.add(new AlterColumnNullable(table, column, true));
    }

    @Override
    public void setDefault(String table, String column, String defaultSql) {
        operations.add(new AlterColumnDefault(table, column, Optional.of(defaultSql), Optional.empty()));
    }

    @Override
    public void dropDefault(String table, String column) {
        operations.add(new AlterColumnDefault(table, column, Optional.empty(), Optional.empty()));
    }

    @Override
    public void addIdentity(String table, String column) {
        operations.add(new AlterColumnIdentity(table, column, true));
    }

    @Override
    public void dropIdentity(String table, String column) {
        operations.add(new AlterColumnIdentity(table, column, false));
    }

    @Override
    public void setGenerationExpression(String table, String column, String expression) {
        operations.add(new AlterColumnGeneration(table, column, Optional.of(expression), Optional.empty()));
    }

    @Override
    public void dropGenerationExpression(String table, String column) {
        operations.add(new AlterColumnGeneration(table, column, Optional.empty(), Optional.empty()));
    }

    @Override
    public void setTableComment(String table, String comment) {
        operations.add(new AlterTableComment(table, Optional.of(comment), Optional.empty()));
    }

    @Override
    public void dropTableComment(String table) {
        operations.add(new AlterTableComment(table, Optional.empty(), Optional.empty()));
    }

    @Override
    public void setColumnComment(String table, String column, String comment) {
        operations.add(new AlterColumnComment(table, column, Optional.of(comment), Optional.empty()));
    }

    @Override
    public void dropColumnComment(String table, String column) {
        operations.add(new AlterColumnComment(table, column, Optional.empty(), Optional.empty()));
    }

    @Override
    public void addPrimaryKey(String table, PrimaryKey primaryKey) {
        operations.add(new AddPrimaryKey(table, primaryKey));
    }

    @Override
    public void dropPrimaryKey(String table, String name) {
        operations.add(new DropPrimaryKey(table, name, Optional.empty()));
    }

    @Override
    public void addUniqueConstraint(String table, UniqueConstraint constraint) {
        operations.add(new AddUniqueConstraint(table, constraint));
    }

    @Override
    public void dropUniqueConstraint(String table, String name) {
        operations.add(new DropUniqueConstraint(table, name, Optional.empty()));
    }

    @Override
    public void addCheckConstraint(String table, CheckConstraint constraint) {
        operations.add(new AddCheckConstraint(table, constraint));
    }

    @Override
    public void alterCheckConstraint(String table, CheckConstraint constraint, CheckConstraint existing) {
        operations.add(new AlterCheckConstraint(table, constraint, existing));
    }

    @Override
    public void dropCheckConstraint(String table, String name) {
        operations.add(new DropCheckConstraint(table, name, Optional.empty()));
    }

    @Override
    public void createIndex(String table, Index index) {
        operations.add(new CreateIndex(table, index));
    }

    @Override
    public void dropIndex(String table, String name) {
        operations.add(new DropIndex(table, name, Optional.empty()));
    }

    @Override
    public void createIndexConcurrently(String table, Index index) {
        operations.add(new CreateIndex(table, index, true));
    }

    @Override
    public void dropIndexConcurrently(String table, String name) {
        operations.add(new DropIndex(table, name, Optional.empty(), true));
    }

    @Override
    public void addForeignKeyNotValidFirst(String table, ForeignKey foreignKey) {
        operations.add(new AddForeignKey(table, foreignKey, true));
    }

    @Override
    public void addCheckConstraintNotValidFirst(String table, CheckConstraint constraint) {
        operations.add(new AddCheckConstraint(table, constraint, true));
    }

    @Override
    public void addForeignKey(String table, ForeignKey foreignKey) {
        operations.add(new AddForeignKey(table, foreignKey));
    }

    @Override
    public void alterForeignKey(String table, ForeignKey foreignKey, ForeignKey existing) {
        operations.add(new AlterForeignKey(table, foreignKey, existing));
    }

    @Override
    public void dropForeignKey(String table, String name) {
        operations.add(new DropForeignKey(table, name, Optional.empty()));
    }

    @Override
    public void createSequence(Sequence sequence) {
        operations.add(new CreateSequence(sequence));
    }

    @Override
    public void alterSequence(Sequence sequence) {
        operations.add(new AlterSequence(sequence, Optional.empty()));
    }

    @Override
    public void dropSequence(String name) {
        operations.add(new DropSequence(name, Optional.empty()));
    }

    @Override
    public void createEnumType(EnumType enumType) {
        operations.add(new CreateEnumType(enumType));
    }

    @Override
    public void dropEnumType(String name) {
        operations.add(new DropEnumType(name, Optional.empty()));
    }

    @Override
    public void addEnumValue(String type, String value) {
        operations.add(new AddEnumValue(type, value, Optional.empty()));
    }

    @Override
    public void addEnumValueBefore(String type, String value, String before) {
        operations.add(new AddEnumValue(type, value, Optional.of(before)));
    }

    @Override
    public void irreversible(String reason) {
        operations.add(new Irreversible(reason));
    }

    @Override
    public void execute(String sql) {
        operations.add(new ExecuteSql(sql));
    }

    @Override
    public void execute(String sql, Object... parameters) {
        operations.add(new ExecuteSql(sql, java.util.Arrays.asList(parameters)));
    }

    @Override
    public void jdbc(String description, autogen.migration.JdbcStep step) {
        operations.add(new JdbcCall(description, step));
    }
}
