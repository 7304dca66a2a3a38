package autogen.sql;

import static autogen.sql.Identifiers.qualified;
import static autogen.sql.Identifiers.quote;
import static java.util.stream.Collectors.joining;

import autogen.model.CheckConstraint;
import autogen.model.ColumnType;
import autogen.model.Column;
import autogen.model.EnumType;
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
import autogen.ops.IrreversibleOperationException;
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
import autogen.ops.JdbcCall;
import autogen.ops.Operation;
import autogen.ops.OperationVisitor;
import autogen.ops.RenameColumn;
import autogen.ops.RenameConstraint;
import autogen.ops.RenameIndex;
import autogen.ops.RenameSequence;
import autogen.ops.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Operations to PostgreSQL statements. Names are quoted where PostgreSQL needs it; types are written as modelled. */
public final class PostgresDdl implements OperationVisitor<List<String>> {

    public List<String> statements(List<Operation> operations) {
        return operations.stream().flatMap(op -> op.accept(this).stream()).toList();
    }

    @Override
    public List<String> createSchema(CreateSchema op) {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + quote(op.name()));
    }

    /** Only when empty: a schema may hold objects of other applications, which a downgrade must not take along. */
    @Override
    public List<String> dropSchema(DropSchema op) {
        return List.of("DO " + Identifiers.dollarQuoted("drop", " BEGIN DROP SCHEMA " + quote(op.name())
                + "; EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END "));
    }

    @Override
    public List<String> renameTable(RenameTable op) {
        return List.of(alterTable(op.from()) + "RENAME TO " + quote(bare(op.to())));
    }

    @Override
    public List<String> renameColumn(RenameColumn op) {
        return List.of(alterTable(op.table()) + "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
    }

    @Override
    public List<String> renameIndex(RenameIndex op) {
        return List.of("ALTER INDEX " + Identifiers.schemaPrefix(op.table()) + quote(op.from()) + " RENAME TO " + quote(op.to()));
    }

    @Override
    public List<String> renameConstraint(RenameConstraint op) {
        return List.of(alterTable(op.table()) + "RENAME CONSTRAINT " + quote(op.from()) + " TO " + quote(op.to()));
    }

    @Override
    public List<String> renameSequence(RenameSequence op) {
        return List.of("ALTER SEQUENCE " + qualified(op.from()) + " RENAME TO " + quote(bare(op.to())));
    }

    /** The name without its schema: RENAME TO takes a bare name and keeps the object in its schema. */
    private static String bare(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    @Override
    public List<String> createTable(CreateTable op) {
        var table = op.table();
        String body = table.elements().stream().filter(e -> !(e instanceof TableComment)).map(this::element)
                .collect(joining(", "));
        var out = new ArrayList<String>();
        out.add("CREATE TABLE " + qualified(table.name()) + " (" + body + ")");
        table.comment().ifPresent(c -> out.add(tableComment(table.name(), Optional.of(c))));
        for (Column c : table.columns())
            c.comment().ifPresent(text -> out.add(columnComment(table.name(), c.name(), Optional.of(text))));
        return out;
    }

    private static String tableComment(String table, Optional<String> comment) {
        return "COMMENT ON TABLE " + qualified(table) + " IS " + comment.map(Identifiers::literal).orElse("NULL");
    }

    private static String columnComment(String table, String column, Optional<String> comment) {
        return "COMMENT ON COLUMN " + qualified(table) + "." + quote(column) + " IS "
                + comment.map(Identifiers::literal).orElse("NULL");
    }

    @Override
    public List<String> alterTableComment(AlterTableComment op) {
        return List.of(tableComment(op.table(), op.comment()));
    }

    @Override
    public List<String> alterColumnComment(AlterColumnComment op) {
        return List.of(columnComment(op.table(), op.column(), op.comment()));
    }

    private String element(TableElement element) {
        if (element instanceof Column c) return column(c);
        if (element instanceof PrimaryKey p) return "CONSTRAINT " + quote(p.name()) + " PRIMARY KEY " + list(p.columns());
        if (element instanceof UniqueConstraint u) return "CONSTRAINT " + quote(u.name()) + " UNIQUE " + list(u.columns());
        CheckConstraint k = (CheckConstraint) element;
        return check(k);
    }

    private static String column(Column c) {
        var sql = new StringBuilder(quote(c.name())).append(' ').append(c.type().ddl());
        if (c.identity()) sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        c.generatedAs().ifPresent(g -> sql.append(" GENERATED ALWAYS AS (").append(g).append(") STORED"));
        c.defaultSql().ifPresent(d -> sql.append(" DEFAULT ").append(d));
        if (!c.nullable()) sql.append(" NOT NULL");
        return sql.toString();
    }

    private static String check(CheckConstraint k) {
        return "CONSTRAINT " + quote(k.name()) + " CHECK (" + k.expression() + ")";
    }

    private static String list(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(joining(", ", "(", ")"));
    }

    private static String alterTable(String table) {
        return "ALTER TABLE " + qualified(table) + " ";
    }

    private static String alterColumn(String table, String column) {
        return alterTable(table) + "ALTER COLUMN " + quote(column) + " ";
    }

    @Override
    public List<String> dropTable(DropTable op) {
        return List.of("DROP TABLE " + qualified(op.table()));
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        Column c = op.column();
        var out = new ArrayList<String>();
        if (op.backfill().isPresent() && !c.nullable()) {
            out.add(alterTable(op.table()) + "ADD COLUMN " + column(c.nullable(true)));
            out.add("UPDATE " + qualified(op.table()) + " SET " + quote(c.name()) + " = " + op.backfill().get()
                    + " WHERE " + quote(c.name()) + " IS NULL");
            out.add(alterColumn(op.table(), c.name()) + "SET NOT NULL");
        } else {
            out.add(alterTable(op.table()) + "ADD COLUMN " + column(c));
        }
        c.comment().ifPresent(text -> out.add(columnComment(op.table(), c.name(), Optional.of(text))));
        return out;
    }

    @Override
    public List<String> dropColumn(DropColumn op) {
        return List.of(alterTable(op.table()) + "DROP COLUMN " + quote(op.column()));
    }

    /**
     * Without the current type (a hand-written step), PostgreSQL's assignment conversion. With it, the conversion the
     * pair's {@link TypeConversion} rule gives: {@code USING} only where PostgreSQL has no assignment cast, and where
     * a value could be cut or rounded, a check of every value first, in one statement with the change.
     */
    @Override
    public List<String> alterColumnType(AlterColumnType op) {
        String alter = alterColumn(op.table(), op.column()) + "TYPE " + op.type().ddl();
        if (op.existing().isEmpty()) return List.of(alter + op.using().map(u -> " USING " + u).orElse(""));
        ColumnType from = op.existing().get();
        var conversion = TypeConversion.between(from, op.type());
        if (conversion.effect() == TypeConversion.Effect.REFUSED)
            throw new IrreversibleOperationException("cannot change " + op.table() + "." + op.column() + " from " + from.ddl()
                    + " to " + op.type().ddl() + ": " + conversion.detail());
        String using = op.using().or(() -> conversion.explicitCast()
                ? Optional.of(quote(op.column()) + "::" + op.type().ddl()) : Optional.empty()).map(u -> " USING " + u).orElse("");
        return List.of(conversion.checked() ? checkedFirst(op, from, alter + using) : alter + using);
    }

    /**
     * The change preceded by a check that no value would be cut or rounded, in one statement (so also in one
     * transaction outside a transactional revision), the table locked first so that no row slips in between.
     */
    private static String checkedFirst(AlterColumnType op, ColumnType from, String alter) {
        String table = qualified(op.table());
        String changed = TypeConversion.changedValue(op.column(), from, op.type());
        String message = "autogen: " + op.table() + "." + op.column() + " holds values that " + op.type().ddl()
                + " cannot hold exactly, so nothing was changed: fix those rows (SELECT * FROM " + table + " WHERE "
                + changed + ") or keep " + from.ddl();
        return "DO " + Identifiers.dollarQuoted("check", " BEGIN LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE; "
                + "IF EXISTS (SELECT 1 FROM " + table + " WHERE " + changed + ") THEN RAISE EXCEPTION USING ERRCODE = "
                + "'data_exception', MESSAGE = " + Identifiers.literal(message) + "; END IF; " + alter + "; END ");
    }

    @Override
    public List<String> alterColumnNullable(AlterColumnNullable op) {
        return List.of(alterColumn(op.table(), op.column()) + (op.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
    }

    @Override
    public List<String> alterColumnDefault(AlterColumnDefault op) {
        return List.of(alterColumn(op.table(), op.column())
                + op.defaultSql().map(d -> "SET DEFAULT " + d).orElse("DROP DEFAULT"));
    }

    @Override
    public List<String> alterColumnGeneration(AlterColumnGeneration op) {
        return List.of(alterColumn(op.table(), op.column())
                + op.expression().map(e -> "SET EXPRESSION AS (" + e + ")").orElse("DROP EXPRESSION"));
    }

    @Override
    public List<String> alterColumnIdentity(AlterColumnIdentity op) {
        return List.of(alterColumn(op.table(), op.column())
                + (op.identity() ? "ADD GENERATED BY DEFAULT AS IDENTITY" : "DROP IDENTITY"));
    }

    @Override
    public List<String> addPrimaryKey(AddPrimaryKey op) {
        return List.of(alterTable(op.table()) + "ADD " + element(op.primaryKey()));
    }

    @Override
    public List<String> dropPrimaryKey(DropPrimaryKey op) {
        return dropConstraint(op.table(), op.name());
    }

    @Override
    public List<String> addUniqueConstraint(AddUniqueConstraint op) {
        return List.of(alterTable(op.table()) + "ADD " + element(op.constraint()));
    }

    @Override
    public List<String> dropUniqueConstraint(DropUniqueConstraint op) {
        return dropConstraint(op.table(), op.name());
    }

    @Override
    public List<String> addCheckConstraint(AddCheckConstraint op) {
        return notValidFirst(op.table(), op.constraint().name(), alterTable(op.table()) + "ADD " + check(op.constraint()),
                op.notValidFirst());
    }

    private static List<String> notValidFirst(String table, String name, String add, boolean notValidFirst) {
        if (!notValidFirst) return List.of(add);
        return List.of(add + " NOT VALID", alterTable(table) + "VALIDATE CONSTRAINT " + quote(name));
    }

    @Override
    public List<String> alterCheckConstraint(AlterCheckConstraint op) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + quote(op.existing().name()) + ", ADD " + check(op.constraint()));
    }

    @Override
    public List<String> dropCheckConstraint(DropCheckConstraint op) {
        return dropConstraint(op.table(), op.name());
    }

    private static List<String> dropConstraint(String table, String name) {
        return List.of(alterTable(table) + "DROP CONSTRAINT " + quote(name));
    }

    @Override
    public List<String> createIndex(CreateIndex op) {
        var index = op.index();
        String keys = index.columns().stream().map(Index::key).map(k -> quote(k.column()) + k.ordering())
                .collect(joining(", ", "(", ")"));
        String using = index.method().equals(Index.DEFAULT_METHOD) ? "" : "USING " + quote(index.method()) + " ";
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
                + quote(index.name()) + " ON " + qualified(op.table()) + " " + using + keys);
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + Identifiers.schemaPrefix(op.table())
                + quote(op.name()));
    }

    @Override
    public List<String> addForeignKey(AddForeignKey op) {
        ForeignKey fk = op.foreignKey();
        return notValidFirst(op.table(), fk.name(), alterTable(op.table()) + "ADD " + foreignKey(fk), op.notValidFirst());
    }

    /** {@code CONSTRAINT name FOREIGN KEY (…) REFERENCES t (…)}, with the actions and deferrability that are not the default. */
    private static String foreignKey(ForeignKey fk) {
        var sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name())).append(" FOREIGN KEY ").append(list(fk.columns()))
                .append(" REFERENCES ").append(qualified(fk.referencedTable())).append(' ').append(list(fk.referencedColumns()));
        if (fk.onDelete() != OnDelete.NO_ACTION) sql.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.onUpdate() != OnDelete.NO_ACTION) sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        if (fk.deferral() != ForeignKey.Deferral.NOT_DEFERRABLE) sql.append(' ').append(fk.deferral().sql());
        return sql.toString();
    }

    /**
     * Deferrability alone changes in place. An action cannot: the key is dropped and added back in one statement, so
     * no moment exists without it, {@code NOT VALID} (the rows satisfy the same reference already), then validated,
     * which outside a transaction does not block writes.
     */
    @Override
    public List<String> alterForeignKey(AlterForeignKey op) {
        ForeignKey fk = op.foreignKey();
        if (op.deferralOnly())
            return List.of(alterTable(op.table()) + "ALTER CONSTRAINT " + quote(fk.name()) + " " + fk.deferral().sql());
        return notValidFirst(op.table(), fk.name(),
                alterTable(op.table()) + "DROP CONSTRAINT " + quote(fk.name()) + ", ADD " + foreignKey(fk), true);
    }

    @Override
    public List<String> dropForeignKey(DropForeignKey op) {
        return dropConstraint(op.table(), op.name());
    }

    @Override
    public List<String> createSequence(CreateSequence op) {
        Sequence s = op.sequence();
        return List.of("CREATE SEQUENCE " + qualified(s.name()) + " START WITH " + s.start() + " INCREMENT BY " + s.increment());
    }

    @Override
    public List<String> alterSequence(AlterSequence op) {
        Sequence s = op.sequence();
        return List.of("ALTER SEQUENCE " + qualified(s.name()) + " START WITH " + s.start() + " INCREMENT BY " + s.increment());
    }

    @Override
    public List<String> dropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + qualified(op.name()));
    }

    @Override
    public List<String> createEnumType(CreateEnumType op) {
        EnumType type = op.enumType();
        String name = qualified(type.name());
        return List.of("CREATE TYPE " + name + " AS ENUM (" + type.values().stream().map(Identifiers::literal)
                        .collect(joining(", ")) + ")",
                "CREATE CAST (varchar AS " + name + ") WITH INOUT AS IMPLICIT",
                "CREATE CAST (" + name + " AS varchar) WITH INOUT AS IMPLICIT");
    }

    @Override
    public List<String> dropEnumType(DropEnumType op) {
        String name = qualified(op.name());
        return List.of("DROP CAST IF EXISTS (varchar AS " + name + ")", "DROP CAST IF EXISTS (" + name + " AS varchar)",
                "DROP TYPE " + name);
    }

    @Override
    public List<String> addEnumValue(AddEnumValue op) {
        return List.of("ALTER TYPE " + qualified(op.type()) + " ADD VALUE " + Identifiers.literal(op.value())
                + op.before().map(b -> " BEFORE " + Identifiers.literal(b)).orElse(""));
    }

    @Override
    public List<String> irreversible(Irreversible op) {
        throw new IrreversibleOperationException(op.reason());
    }

    @Override
    public List<String> executeSql(ExecuteSql op) {
        return List.of(op.parameters().isEmpty() ? op.sql() : Placeholders.bind(op.sql(), op.parameters()));
    }

    /** Java code has no SQL: the runner calls it with its connection ({@code Planner}), a script cannot hold it. */
    @Override
    public List<String> jdbcCall(JdbcCall op) {
        throw new IrreversibleOperationException("Java code (" + op.description() + ") has no SQL: it runs only online");
    }
}
