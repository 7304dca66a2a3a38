package autogen.render;

import static autogen.render.JavaText.literal;

import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.OnDelete;
import autogen.model.PrimaryKey;
import autogen.model.Sequence;
import autogen.model.TableComment;
import autogen.model.TableElement;
import autogen.model.UniqueConstraint;
import autogen.ops.AddCheckConstraint;
import autogen.ops.AddEnumValue;
import autogen.ops.CreateEnumType;
import autogen.ops.DropEnumType;
import autogen.ops.Irreversible;
import autogen.ops.AddColumn;
import autogen.ops.AddForeignKey;
import autogen.ops.AlterCheckConstraint;
import autogen.ops.AlterForeignKey;
import autogen.ops.AddPrimaryKey;
import autogen.ops.AddUniqueConstraint;
import autogen.ops.AlterColumnComment;
import autogen.ops.AlterColumnDefault;
import autogen.ops.AlterColumnGeneration;
import autogen.ops.AlterColumnIdentity;
import autogen.ops.AlterColumnNullable;
import autogen.ops.AlterColumnType;
import autogen.ops.AlterSequence;
import autogen.ops.AlterTableComment;
import autogen.ops.CreateIndex;
import autogen.ops.CreateSchema;
import autogen.ops.DropSchema;
import autogen.ops.CreateSequence;
import autogen.ops.CreateTable;
import autogen.ops.DropCheckConstraint;
import autogen.ops.DropColumn;
import autogen.ops.DropForeignKey;
import autogen.ops.DropIndex;
import autogen.ops.DropPrimaryKey;
import autogen.ops.DropSequence;
import autogen.ops.DropTable;
import autogen.ops.DropUniqueConstraint;
import autogen.ops.ExecuteSql;
import autogen.ops.OperationVisitor;
import autogen.ops.RenameColumn;
import autogen.ops.RenameConstraint;
import autogen.ops.RenameIndex;
import autogen.ops.RenameSequence;
import autogen.ops.RenameTable;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * One operation as the Java statement that performs it through {@code autogen.migration.Ops} ({@code op.}) and
 * the static DSL. Every name, type and expression is a {@link JavaText#literal} string literal, so no outside text is
 * ever spliced into the source.
 */
public final class OperationSource implements OperationVisitor<CodeBlock> {

    /** The statement as one line of text (no trailing semicolon), as {@code check} prints it. */
    public static String statement(autogen.ops.Operation op) {
        return op.accept(new OperationSource()).toString().replaceAll("\\s*\n\\s*", " ");
    }

    @Override
    public CodeBlock createSchema(CreateSchema op) {
        return call("createSchema", op.name());
    }

    @Override
    public CodeBlock dropSchema(DropSchema op) {
        return call("dropSchema", op.name());
    }

    @Override
    public CodeBlock renameTable(RenameTable op) {
        return call("renameTable", op.from(), op.to());
    }

    @Override
    public CodeBlock renameColumn(RenameColumn op) {
        return call("renameColumn", op.table(), op.from(), op.to());
    }

    @Override
    public CodeBlock renameIndex(RenameIndex op) {
        return call("renameIndex", op.table(), op.from(), op.to());
    }

    @Override
    public CodeBlock renameConstraint(RenameConstraint op) {
        return call("renameConstraint", op.table(), op.from(), op.to());
    }

    @Override
    public CodeBlock renameSequence(RenameSequence op) {
        return call("renameSequence", op.from(), op.to());
    }

    @Override
    public CodeBlock createTable(CreateTable op) {
        var elements = op.table().elements().stream().map(OperationSource::element).toList();
        return CodeBlock.of("op.createTable($L,\n$L)", literal(op.table().name()), CodeBlock.join(elements, ",\n"));
    }

    private static CodeBlock element(TableElement element) {
        if (element instanceof Column c) return column(c);
        if (element instanceof TableComment t) return CodeBlock.of("tableComment($L)", literal(t.text()));
        if (element instanceof PrimaryKey p) return CodeBlock.of("primaryKey($L, $L)", literal(p.name()), names(p.columns()));
        if (element instanceof UniqueConstraint u) return CodeBlock.of("unique($L, $L)", literal(u.name()), names(u.columns()));
        return check((CheckConstraint) element);
    }

    static CodeBlock column(Column c) {
        var b = CodeBlock.builder().add("column($L, $L)", literal(c.name()), literal(c.type().ddl()));
        c.defaultSql().ifPresent(d -> b.add(".defaultSql($L)", literal(d)));
        c.generatedAs().ifPresent(g -> b.add(".generatedAs($L)", literal(g)));
        if (c.identity()) b.add(".generatedAsIdentity()");
        else if (!c.nullable()) b.add(".notNull()");
        c.comment().ifPresent(text -> b.add(".comment($L)", literal(text)));
        return b.build();
    }

    private static CodeBlock check(CheckConstraint k) {
        return CodeBlock.of("check($L, $L)", literal(k.name()), literal(k.expression()));
    }

    private static CodeBlock names(List<String> names) {
        return CodeBlock.join(names.stream().map(JavaText::literal).toList(), ", ");
    }

    private static CodeBlock call(String method, Object... names) {
        var args = CodeBlock.join(java.util.Arrays.stream(names).map(n -> literal(n == null ? null : n.toString())).toList(), ", ");
        return CodeBlock.of("op.$L($L)", method, args);
    }

    @Override
    public CodeBlock dropTable(DropTable op) {
        return call("dropTable", op.table());
    }

    @Override
    public CodeBlock addColumn(AddColumn op) {
        return op.backfill().isPresent()
                ? CodeBlock.of("op.addColumn($L, $L, $L)", literal(op.table()), column(op.column()), literal(op.backfill().get()))
                : CodeBlock.of("op.addColumn($L, $L)", literal(op.table()), column(op.column()));
    }

    @Override
    public CodeBlock dropColumn(DropColumn op) {
        return call("dropColumn", op.table(), op.column());
    }

    @Override
    public CodeBlock alterColumnType(AlterColumnType op) {
        if (op.existing().isEmpty()) return call("alterColumnType", op.table(), op.column(), op.type().ddl());
        if (op.using().isEmpty()) return call("alterColumnType", op.table(), op.column(), op.type().ddl(), op.existing().get().ddl());
        return CodeBlock.of("op.alterColumnType($L, $L, $L, $L, using($L))", literal(op.table()), literal(op.column()),
                literal(op.type().ddl()), literal(op.existing().get().ddl()), literal(op.using().get()));
    }

    @Override
    public CodeBlock alterColumnNullable(AlterColumnNullable op) {
        return call(op.nullable() ? "dropNotNull" : "setNotNull", op.table(), op.column());
    }

    @Override
    public CodeBlock alterColumnDefault(AlterColumnDefault op) {
        return op.defaultSql().isPresent()
                ? call("setDefault", op.table(), op.column(), op.defaultSql().get())
                : call("dropDefault", op.table(), op.column());
    }

    @Override
    public CodeBlock alterColumnGeneration(AlterColumnGeneration op) {
        return op.expression().isPresent() ? call("setGenerationExpression", op.table(), op.column(), op.expression().get())
                : call("dropGenerationExpression", op.table(), op.column());
    }

    @Override
    public CodeBlock alterColumnIdentity(AlterColumnIdentity op) {
        return call(op.identity() ? "addIdentity" : "dropIdentity", op.table(), op.column());
    }

    @Override
    public CodeBlock alterTableComment(AlterTableComment op) {
        return op.comment().isPresent() ? call("setTableComment", op.table(), op.comment().get())
                : call("dropTableComment", op.table());
    }

    @Override
    public CodeBlock alterColumnComment(AlterColumnComment op) {
        return op.comment().isPresent() ? call("setColumnComment", op.table(), op.column(), op.comment().get())
                : call("dropColumnComment", op.table(), op.column());
    }

    @Override
    public CodeBlock addPrimaryKey(AddPrimaryKey op) {
        return CodeBlock.of("op.addPrimaryKey($L, $L)", literal(op.table()), element(op.primaryKey()));
    }

    @Override
    public CodeBlock dropPrimaryKey(DropPrimaryKey op) {
        return call("dropPrimaryKey", op.table(), op.name());
    }

    @Override
    public CodeBlock addUniqueConstraint(AddUniqueConstraint op) {
        return CodeBlock.of("op.addUniqueConstraint($L, $L)", literal(op.table()), element(op.constraint()));
    }

    @Override
    public CodeBlock dropUniqueConstraint(DropUniqueConstraint op) {
        return call("dropUniqueConstraint", op.table(), op.name());
    }

    @Override
    public CodeBlock addCheckConstraint(AddCheckConstraint op) {
        return CodeBlock.of("op.$L($L, $L)", op.notValidFirst() ? "addCheckConstraintNotValidFirst" : "addCheckConstraint",
                literal(op.table()), check(op.constraint()));
    }

    @Override
    public CodeBlock alterCheckConstraint(AlterCheckConstraint op) {
        return CodeBlock.of("op.alterCheckConstraint($L,\n$L,\n$L)", literal(op.table()), check(op.constraint()), check(op.existing()));
    }

    @Override
    public CodeBlock dropCheckConstraint(DropCheckConstraint op) {
        return call("dropCheckConstraint", op.table(), op.name());
    }

    @Override
    public CodeBlock createIndex(CreateIndex op) {
        Index i = op.index();
        var index = CodeBlock.of("$L($L, $L)", i.unique() ? "uniqueIndex" : "index", literal(i.name()), names(i.columns()));
        if (!i.method().equals(Index.DEFAULT_METHOD)) index = CodeBlock.of("$L.using($L)", index, literal(i.method()));
        return CodeBlock.of("op.$L($L, $L)", op.concurrently() ? "createIndexConcurrently" : "createIndex", literal(op.table()), index);
    }

    @Override
    public CodeBlock dropIndex(DropIndex op) {
        return call(op.concurrently() ? "dropIndexConcurrently" : "dropIndex", op.table(), op.name());
    }

    @Override
    public CodeBlock addForeignKey(AddForeignKey op) {
        return CodeBlock.of("op.$L($L,\n$L)", op.notValidFirst() ? "addForeignKeyNotValidFirst" : "addForeignKey",
                literal(op.table()), foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock alterForeignKey(AlterForeignKey op) {
        return CodeBlock.of("op.alterForeignKey($L,\n$L,\n$L)", literal(op.table()), foreignKey(op.foreignKey()),
                foreignKey(op.existing()));
    }

    private static CodeBlock foreignKey(ForeignKey fk) {
        var b = CodeBlock.builder().add("foreignKey($L, $L).references($L, $L)", literal(fk.name()), names(fk.columns()),
                literal(fk.referencedTable()), names(fk.referencedColumns()));
        if (fk.onDelete() != OnDelete.NO_ACTION) b.add(".onDelete($T.$L)", OnDelete.class, fk.onDelete().name());
        if (fk.onUpdate() != OnDelete.NO_ACTION) b.add(".onUpdate($T.$L)", OnDelete.class, fk.onUpdate().name());
        if (fk.deferral() != ForeignKey.Deferral.NOT_DEFERRABLE)
            b.add(".deferrable($T.$L)", ForeignKey.Deferral.class, fk.deferral().name());
        return b.build();
    }

    @Override
    public CodeBlock dropForeignKey(DropForeignKey op) {
        return call("dropForeignKey", op.table(), op.name());
    }

    @Override
    public CodeBlock createSequence(CreateSequence op) {
        return CodeBlock.of("op.createSequence($L)", sequence(op.sequence()));
    }

    @Override
    public CodeBlock alterSequence(AlterSequence op) {
        return CodeBlock.of("op.alterSequence($L)", sequence(op.sequence()));
    }

    private static CodeBlock sequence(Sequence s) {
        return CodeBlock.of("sequence($L, $L, $L)", literal(s.name()), s.start(), s.increment());
    }

    @Override
    public CodeBlock dropSequence(DropSequence op) {
        return call("dropSequence", op.name());
    }

    @Override
    public CodeBlock createEnumType(CreateEnumType op) {
        return CodeBlock.of("op.createEnumType(enumType($L, $L))", literal(op.enumType().name()), names(op.enumType().values()));
    }

    @Override
    public CodeBlock dropEnumType(DropEnumType op) {
        return call("dropEnumType", op.name());
    }

    @Override
    public CodeBlock addEnumValue(AddEnumValue op) {
        return op.before().isPresent() ? call("addEnumValueBefore", op.type(), op.value(), op.before().get())
                : call("addEnumValue", op.type(), op.value());
    }

    @Override
    public CodeBlock irreversible(Irreversible op) {
        return call("irreversible", op.reason());
    }

    @Override
    public CodeBlock executeSql(ExecuteSql op) {
        if (op.parameters().isEmpty()) return call("execute", op.sql());
        var args = op.parameters().stream().map(p -> p == null ? CodeBlock.of("null")
                : p instanceof Number || p instanceof Boolean ? CodeBlock.of("$L", p) : literal(p.toString())).toList();
        return CodeBlock.of("op.execute($L, $L)", literal(op.sql()), CodeBlock.join(args, ", "));
    }

    /** autogen never writes Java code itself; only a hand-written step records one. */
    @Override
    public CodeBlock jdbcCall(autogen.ops.JdbcCall op) {
        throw new IllegalArgumentException("Java code (" + op.description() + ") is written by hand, not generated");
    }
}
