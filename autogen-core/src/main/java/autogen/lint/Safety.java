package autogen.lint;

import autogen.model.ForeignKey;
import autogen.ops.*;
import autogen.sql.TypeConversion;
import java.util.List;

/**
 * Classifies each operation: what it can break, how, and the one-line reason a reviewer reads above it. A visitor,
 * so that a new operation cannot be added without deciding its risk. Steps that only change the catalog, create
 * something new or drop something that holds no data have no finding.
 */
public final class Safety implements OperationVisitor<List<Finding>> {

    private static final Safety INSTANCE = new Safety();

    private Safety() {}

    public static List<Finding> of(Operation op) {
        return op.accept(INSTANCE);
    }

    /**
     * The findings of each step of a revision, in context: steps on a table the same revision created cannot fail on
     * its rows nor block anyone, so they have none.
     */
    public static java.util.Map<Operation, List<Finding>> of(List<Operation> steps) {
        var fresh = new java.util.HashSet<String>();
        var out = new java.util.HashMap<Operation, List<Finding>>();
        for (Operation op : steps) {
            if (op instanceof CreateTable t) fresh.add(t.table().name());
            if (op instanceof DropTable t) fresh.remove(t.table());
            boolean onNewTable = tableOfRowDependentStep(op).filter(fresh::contains).isPresent();
            out.put(op, onNewTable ? List.of() : of(op));
        }
        return out;
    }

    /** The existing table whose rows a step reads, changes or destroys, if any. */
    public static java.util.Optional<String> touchedTable(Operation op) {
        if (op instanceof DropTable o) return java.util.Optional.of(o.table());
        if (op instanceof DropColumn o) return java.util.Optional.of(o.table());
        return tableOfRowDependentStep(op);
    }

    /** The table of a step whose risk comes from the rows already in it. */
    private static java.util.Optional<String> tableOfRowDependentStep(Operation op) {
        if (op instanceof AddColumn o) return java.util.Optional.of(o.table());
        if (op instanceof AlterColumnType o) return java.util.Optional.of(o.table());
        if (op instanceof AlterColumnNullable o) return java.util.Optional.of(o.table());
        if (op instanceof AlterColumnGeneration o) return java.util.Optional.of(o.table());
        if (op instanceof AddPrimaryKey o) return java.util.Optional.of(o.table());
        if (op instanceof AddUniqueConstraint o) return java.util.Optional.of(o.table());
        if (op instanceof AddCheckConstraint o) return java.util.Optional.of(o.table());
        if (op instanceof AlterCheckConstraint o) return java.util.Optional.of(o.table());
        if (op instanceof AddForeignKey o) return java.util.Optional.of(o.table());
        if (op instanceof CreateIndex o) return java.util.Optional.of(o.table());
        return java.util.Optional.empty();
    }

    /** The worst risk of a step. */
    public static Risk risk(Operation op) {
        return of(op).stream().map(Finding::risk).max(Enum::compareTo).orElse(Risk.SAFE);
    }

    @Override
    public List<Finding> createSchema(CreateSchema op) {
        return List.of();
    }

    @Override
    public List<Finding> dropSchema(DropSchema op) {
        return List.of();
    }

    @Override
    public List<Finding> renameTable(RenameTable op) {
        return List.of(new Finding(Code.AG401_RENAME, "code still running against table " + op.from() + " breaks once it is " + op.to()));
    }

    @Override
    public List<Finding> renameColumn(RenameColumn op) {
        return List.of(new Finding(Code.AG401_RENAME, "code still using " + op.table() + "." + op.from() + " breaks once it is " + op.to()));
    }

    @Override
    public List<Finding> renameIndex(RenameIndex op) {
        return List.of();
    }

    @Override
    public List<Finding> renameConstraint(RenameConstraint op) {
        return List.of();
    }

    @Override
    public List<Finding> renameSequence(RenameSequence op) {
        return List.of();
    }

    @Override
    public List<Finding> createTable(CreateTable op) {
        return List.of();
    }

    @Override
    public List<Finding> dropTable(DropTable op) {
        return List.of(new Finding(Code.AG101_DROP_TABLE, "drops table " + op.table() + " and all its rows"));
    }

    @Override
    public List<Finding> addColumn(AddColumn op) {
        var c = op.column();
        if (op.backfill().isPresent())
            return List.of(new Finding(Code.AG208_BACKFILL, "existing rows of " + op.table() + " get " + op.backfill().get()
                    + " in " + c.name() + " before it becomes NOT NULL; replace the value if it is not the right one"));
        if (!c.fillsExistingRows())
            return List.of(new Finding(Code.AG207_NOT_NULL_WITHOUT_VALUE, "fails if " + op.table()
                    + " has rows: give them a value with op.addColumn(table, column, \"value\")"));
        if (c.generatedAs().isPresent())
            return List.of(new Finding(Code.AG301_TABLE_REWRITE, "a stored generated column rewrites " + op.table()
                    + " under an ACCESS EXCLUSIVE lock"));
        return List.of();
    }

    @Override
    public List<Finding> dropColumn(DropColumn op) {
        return List.of(new Finding(Code.AG102_DROP_COLUMN, "drops " + op.table() + "." + op.column() + " and its data"));
    }

    @Override
    public List<Finding> alterColumnType(AlterColumnType op) {
        String column = op.table() + "." + op.column();
        if (op.existing().isEmpty())
            return List.of(new Finding(Code.AG201_NARROWING_TYPE, "changes " + column + " to " + op.type().ddl() + " without naming "
                    + "its current type, so autogen cannot tell whether values are cut or rounded; rewrites the table"));
        String change = column + " from " + op.existing().get().ddl() + " to " + op.type().ddl();
        var conversion = TypeConversion.between(op.existing().get(), op.type());
        String rewrite = conversion.rewrites() ? "; rewrites the table under an ACCESS EXCLUSIVE lock" : "";
        return switch (conversion.effect()) {
            case LOSSLESS -> conversion.rewrites()
                    ? List.of(new Finding(Code.AG301_TABLE_REWRITE, "type of " + change + " keeps every value" + rewrite))
                    : List.of();
            case FAILS_IF_OUT_OF_RANGE, GUARDED ->
                    List.of(new Finding(Code.AG201_NARROWING_TYPE, "narrows " + change + ": " + conversion.detail() + rewrite));
            case REINTERPRETS -> List.of(new Finding(Code.AG403_REINTERPRETS, "changes " + change + ": "
                    + conversion.detail() + op.using().map(u -> " (USING " + u + ")").orElse("") + rewrite));
            case REFUSED -> List.of(new Finding(Code.AG501_NOT_AUTOMATIC, "fails when run: " + conversion.detail()));
        };
    }

    @Override
    public List<Finding> alterColumnNullable(AlterColumnNullable op) {
        if (op.nullable()) return List.of();
        return List.of(new Finding(Code.AG202_SET_NOT_NULL, "fails if " + op.table() + "." + op.column()
                + " holds NULLs (backfill them first); scans the table under an ACCESS EXCLUSIVE lock"));
    }

    @Override
    public List<Finding> alterColumnDefault(AlterColumnDefault op) {
        return List.of();
    }

    @Override
    public List<Finding> alterColumnIdentity(AlterColumnIdentity op) {
        return List.of();
    }

    @Override
    public List<Finding> alterColumnGeneration(AlterColumnGeneration op) {
        return List.of(new Finding(Code.AG301_TABLE_REWRITE, "recomputing " + op.table() + "." + op.column()
                + " rewrites the table under an ACCESS EXCLUSIVE lock"));
    }

    @Override
    public List<Finding> alterTableComment(AlterTableComment op) {
        return List.of();
    }

    @Override
    public List<Finding> alterColumnComment(AlterColumnComment op) {
        return List.of();
    }

    @Override
    public List<Finding> addPrimaryKey(AddPrimaryKey op) {
        return List.of(new Finding(Code.AG206_ADD_PRIMARY_KEY, "fails on duplicate or NULL " + String.join(", ", op.primaryKey().columns())
                + " in " + op.table() + "; builds its index under an ACCESS EXCLUSIVE lock"));
    }

    @Override
    public List<Finding> dropPrimaryKey(DropPrimaryKey op) {
        return List.of();
    }

    @Override
    public List<Finding> addUniqueConstraint(AddUniqueConstraint op) {
        return List.of(new Finding(Code.AG203_ADD_UNIQUE, "fails on duplicate " + String.join(", ", op.constraint().columns())
                + " in " + op.table() + "; builds its index while blocking writes"));
    }

    @Override
    public List<Finding> dropUniqueConstraint(DropUniqueConstraint op) {
        return List.of();
    }

    @Override
    public List<Finding> addCheckConstraint(AddCheckConstraint op) {
        return List.of(new Finding(Code.AG204_ADD_CHECK, "fails if a row of " + op.table() + " breaks "
                + op.constraint().name() + "; " + (op.notValidFirst() ? "validated after it is added NOT VALID, without blocking writes"
                        : "scans the table under an ACCESS EXCLUSIVE lock")));
    }

    /** A check whose allowed values only grow (an enum constant added) passes every row the old one passed. */
    @Override
    public List<Finding> alterCheckConstraint(AlterCheckConstraint op) {
        if (autogen.diff.CheckForms.widens(op.existing().expression(), op.constraint().expression())) return List.of();
        return List.of(new Finding(Code.AG204_ADD_CHECK, "fails if a row of " + op.table() + " breaks the new "
                + op.constraint().name() + "; scans the table under an ACCESS EXCLUSIVE lock"));
    }

    @Override
    public List<Finding> dropCheckConstraint(DropCheckConstraint op) {
        return List.of();
    }

    @Override
    public List<Finding> createIndex(CreateIndex op) {
        if (op.concurrently()) return List.of();
        return List.of(new Finding(Code.AG302_INDEX_BLOCKS_WRITES, "building " + op.index().name() + " blocks writes to "
                + op.table() + " until it is done" + (op.index().unique() ? ", and fails on duplicates" : "")));
    }

    @Override
    public List<Finding> dropIndex(DropIndex op) {
        return List.of();
    }

    @Override
    public List<Finding> addForeignKey(AddForeignKey op) {
        return List.of(new Finding(Code.AG205_ADD_FOREIGN_KEY, "fails if a row of " + op.table() + " references a missing "
                + op.foreignKey().referencedTable() + " row; " + (op.notValidFirst()
                        ? "validated after it is added NOT VALID, without blocking writes"
                        : "scans it while blocking writes to both tables")));
    }

    /** What changes for the application: a delete or update of a referenced row now behaves otherwise. */
    @Override
    public List<Finding> alterForeignKey(AlterForeignKey op) {
        ForeignKey from = op.existing(), to = op.foreignKey();
        var changes = new java.util.ArrayList<String>();
        if (from.onDelete() != to.onDelete())
            changes.add("ON DELETE " + from.onDelete().sql() + " → " + to.onDelete().sql() + ": deleting a "
                    + from.referencedTable() + " row that " + op.table() + " rows reference now " + effect(to.onDelete(), to, "deleting", false)
                    + " (it " + effect(from.onDelete(), from, "deleting", true) + ")");
        if (from.onUpdate() != to.onUpdate())
            changes.add("ON UPDATE " + from.onUpdate().sql() + " → " + to.onUpdate().sql() + ": changing the key of a "
                    + from.referencedTable() + " row that " + op.table() + " rows reference now " + effect(to.onUpdate(), to, "updating", false)
                    + " (it " + effect(from.onUpdate(), from, "updating", true) + ")");
        if (from.deferral() != to.deferral())
            changes.add(from.deferral().sql() + " → " + to.deferral().sql() + ": "
                    + (to.deferral() == ForeignKey.Deferral.INITIALLY_DEFERRED ? "checked at commit, not at each statement"
                            : "checked at each statement" + (to.deferral() == ForeignKey.Deferral.INITIALLY_IMMEDIATE
                                    ? " unless a transaction runs SET CONSTRAINTS … DEFERRED" : "")));
        return List.of(new Finding(Code.AG404_REFERENTIAL_ACTION, to.name() + " " + String.join("; ", changes)
                + (op.deferralOnly() ? "" : "; the key is revalidated, which scans " + op.table() + " (it cannot fail)")));
    }

    /** What an action does to the referencing rows, as a verb phrase, in the present or the past. */
    private static String effect(autogen.model.OnDelete action, ForeignKey fk, String verb, boolean past) {
        String columns = String.join(", ", fk.columns());
        return switch (action) {
            case NO_ACTION, RESTRICT -> (past ? "failed" : "fails") + (action == autogen.model.OnDelete.RESTRICT ? " at once" : "");
            case CASCADE -> verb.equals("deleting") ? (past ? "deleted them" : "deletes them")
                    : (past ? "updated their " : "updates their ") + columns;
            case SET_NULL -> (past ? "set their " : "sets their ") + columns + " to NULL";
            case SET_DEFAULT -> (past ? "set their " : "sets their ") + columns + " to the default";
        };
    }

    @Override
    public List<Finding> dropForeignKey(DropForeignKey op) {
        return List.of();
    }

    @Override
    public List<Finding> createSequence(CreateSequence op) {
        return List.of();
    }

    @Override
    public List<Finding> alterSequence(AlterSequence op) {
        return List.of();
    }

    @Override
    public List<Finding> dropSequence(DropSequence op) {
        return List.of(new Finding(Code.AG103_DROP_SEQUENCE, "drops sequence " + op.name()
                + " and its current value: ids it handed out may be handed out again if it is recreated"));
    }

    @Override
    public List<Finding> createEnumType(CreateEnumType op) {
        return List.of();
    }

    @Override
    public List<Finding> dropEnumType(DropEnumType op) {
        return List.of();
    }

    @Override
    public List<Finding> addEnumValue(AddEnumValue op) {
        return List.of();
    }

    @Override
    public List<Finding> executeSql(ExecuteSql op) {
        return List.of(new Finding(Code.AG402_RAW_SQL, "raw SQL: autogen cannot tell what it does"));
    }

    @Override
    public List<Finding> jdbcCall(autogen.ops.JdbcCall op) {
        return List.of(new Finding(Code.AG402_RAW_SQL, "Java code (" + op.description() + "): autogen cannot tell what it does"));
    }

    @Override
    public List<Finding> irreversible(Irreversible op) {
        return List.of(new Finding(Code.AG501_NOT_AUTOMATIC, "fails when run; write this step by hand (see the reason)"));
    }
}
