package autogen.diff;

import autogen.ConfigurationException;
import autogen.inspect.PostgresNames;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.model.UniqueConstraint;
import autogen.ops.AddCheckConstraint;
import autogen.ops.AddColumn;
import autogen.ops.AddForeignKey;
import autogen.ops.AddUniqueConstraint;
import autogen.ops.AlterCheckConstraint;
import autogen.ops.AlterColumnComment;
import autogen.ops.AlterColumnDefault;
import autogen.ops.AlterColumnNullable;
import autogen.ops.AlterColumnType;
import autogen.ops.AlterForeignKey;
import autogen.ops.CreateIndex;
import autogen.ops.DropCheckConstraint;
import autogen.ops.DropColumn;
import autogen.ops.DropEnumType;
import autogen.ops.DropForeignKey;
import autogen.ops.DropIndex;
import autogen.ops.DropSequence;
import autogen.ops.DropTable;
import autogen.ops.DropUniqueConstraint;
import autogen.ops.ExecuteSql;
import autogen.ops.Operation;
import autogen.ops.RenameColumn;
import autogen.ops.RenameConstraint;
import autogen.ops.RenameIndex;
import autogen.ops.RenameSequence;
import autogen.ops.RenameTable;
import autogen.sql.Identifiers;
import autogen.sql.TypeConversion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code revision --expand-contract}: the steps of one revision split into an expand revision, safe while the old
 * code still runs, and a contract revision ({@code @Revision(contract = true)}, held back by {@code upgrade} until
 * {@code --contract}) with what the old code would break on. Between the two, both versions of the application run
 * on one database.
 *
 * <ul>
 * <li>Contract: dropping a table, column, sequence or enum type; NOT NULL on an existing column; a type change that
 * may cut, round or reinterpret values; a check that allows less than before (a new check on existing columns too).
 * A dropped NOT NULL column without default is made nullable in the expand revision, as the new code no longer
 * writes it.</li>
 * <li>A NOT NULL column added without default is added nullable (the old code does not write it), with the backfill
 * value as its default in between; the contract revision sets NOT NULL and drops the default.</li>
 * <li>A column rename is: expand adds the new column, a trigger copies each of the two columns into the other on
 * every insert and update, the rows there are get the old values, and the new column's indexes and keys are built
 * under temporary names; contract drops the trigger, sets NOT NULL and the default, drops the old column (and the
 * indexes and keys PostgreSQL drops with it), and gives the new ones their names.</li>
 * <li>Everything else (new tables, columns, indexes, keys; widening types and checks; dropping indexes and keys,
 * which only allows more) is expand.</li>
 * </ul>
 *
 * <p>Refused, with the reason: renaming a table or a sequence (the old code loses it the moment it is renamed), and a
 * column rename that a primary key, another table's foreign key or an identity or generated column takes part in, or
 * that changes the column's type as well.
 */
public final class ExpandContract {

    /** The two revisions' steps; either may be empty. */
    public record Split(MigrationPlan expand, MigrationPlan contract) {}

    private final SchemaModel current;
    private final SchemaModel target;
    private final Map<Operation, String> notes;
    private final Map<String, Set<String>> renamedColumns = new HashMap<>();
    private final List<Operation> expand = new ArrayList<>();
    private final List<Operation> contract = new ArrayList<>();
    private final Map<Operation, String> expandNotes = new LinkedHashMap<>();
    private final Map<Operation, String> contractNotes = new LinkedHashMap<>();
    private final Map<Operation, List<Operation>> reverses = new HashMap<>();
    /** table NUL new name → the name in the database, of the indexes and keys the comparison renames. */
    private final Map<String, String> originalNames = new HashMap<>();

    private final boolean safeForms;

    private ExpandContract(SchemaModel current, SchemaModel target, Map<Operation, String> notes, boolean safeForms) {
        this.current = current;
        this.target = target;
        this.notes = notes;
        this.safeForms = safeForms;
    }

    /**
     * {@code current}: the database as compared, after the renames found (its renamed column carries the old
     * column's definition under the new name); {@code notes}: the comparison's notes on {@code steps};
     * {@code safeForms}: the expand revision's indexes and keys on existing tables in their non-blocking forms.
     *
     * @throws ConfigurationException for a step that cannot be split (see the class comment)
     */
    public static Split split(List<Operation> steps, Map<Operation, String> notes, SchemaModel current, SchemaModel target,
            boolean safeForms) {
        var split = new ExpandContract(current, target, notes, safeForms);
        if (safeForms) steps = SafeForms.apply(steps);
        for (Operation op : steps)
            if (op instanceof RenameColumn r) split.renamedColumns.computeIfAbsent(r.table(), t -> new java.util.HashSet<>()).add(r.to());
        for (Operation op : steps) {
            if (op instanceof RenameIndex r) split.originalNames.put(r.table() + "\0" + r.to(), r.from());
            if (op instanceof RenameConstraint r) split.originalNames.put(r.table() + "\0" + r.to(), r.from());
        }
        for (Operation op : steps) split.place(op);
        split.lead(split.expand, split.expandNotes, "expand revision: apply it before the new code is deployed; the old code "
                + "runs on what it leaves");
        split.lead(split.contract, split.contractNotes, "contract revision: `autogen upgrade` holds it back until --contract; "
                + "apply it once no instance runs the old code, which reads and writes what it drops");
        return new Split(MigrationPlan.of(split.expand, split.expandNotes, split.reverses),
                MigrationPlan.of(split.contract, split.contractNotes, split.reverses));
    }

    private void place(Operation op) {
        if (op instanceof RenameTable r)
            throw refused("renaming table " + r.from() + " to " + r.to() + " cannot be split: the old code loses the table the "
                    + "moment it is renamed. Rename it in a revision of its own (without --expand-contract), deployed with the code");
        if (op instanceof RenameSequence r)
            throw refused("renaming sequence " + r.from() + " to " + r.to() + " cannot be split: the old code draws from the old "
                    + "name. Rename it in a revision of its own (without --expand-contract), or keep its name with @SequenceGenerator");
        if (op instanceof RenameColumn r) {
            renameColumn(r);
            return;
        }
        if (onRenamedColumn(op)) return;   // the rename rebuilds what the new column has; the old column's go with it
        if (op instanceof DropTable || op instanceof DropSequence || op instanceof DropEnumType) {
            contract(op, notes.get(op));
        } else if (op instanceof DropColumn d) {
            dropColumn(d);
        } else if (op instanceof AddColumn a && current.table(a.table()).isPresent() && !a.column().fillsExistingRows()) {
            addNotNullColumn(a);
        } else if (op instanceof AlterColumnNullable n && !n.nullable()
                || op instanceof AlterColumnType t && mayChangeValues(t)
                || op instanceof AlterCheckConstraint k && !CheckForms.widens(k.existing().expression(), k.constraint().expression())
                || op instanceof AddCheckConstraint k && checksExistingColumns(k)) {
            contract(op, notes.get(op));
        } else {
            expand(op, notes.get(op));
        }
    }

    private void lead(List<Operation> steps, Map<Operation, String> notes, String note) {
        if (!steps.isEmpty()) notes.put(steps.get(0), join(note, notes.get(steps.get(0))));
    }

    /** The table's indexes and keys under the names the database has, before the comparison's renames of them. */
    private Table originalNames(Table table) {
        java.util.function.UnaryOperator<String> name = n -> originalNames.getOrDefault(table.name() + "\0" + n, n);
        return new Table(table.name(), table.columns(), table.primaryKey(),
                table.uniqueConstraints().stream().map(u -> new UniqueConstraint(name.apply(u.name()), u.columns())).toList(),
                table.checks().stream().map(k -> new CheckConstraint(name.apply(k.name()), k.expression())).toList(),
                table.indexes().stream().map(i -> new Index(name.apply(i.name()), i.columns(), i.unique(), i.method())).toList(),
                table.foreignKeys().stream().map(f -> f.withName(name.apply(f.name()))).toList(), table.comment());
    }

    private void expand(Operation op, String note) {
        expand.add(op);
        if (note != null) expandNotes.put(op, note);
    }

    private void contract(Operation op, String note) {
        contract.add(op);
        if (note != null) contractNotes.put(op, note);
    }

    /** The new code no longer writes the column: NOT NULL without a default would fail its inserts. */
    private void dropColumn(DropColumn d) {
        var existing = d.existing();
        boolean blocksInserts = existing.map(c -> !c.nullable() && c.defaultSql().isEmpty() && !c.identity()
                && c.generatedAs().isEmpty()).orElse(false);
        if (blocksInserts) {
            expand(new AlterColumnNullable(d.table(), d.column(), true), "the new code does not write " + d.table() + "."
                    + d.column() + ": it takes NULL until the contract revision drops it");
            contract(new DropColumn(d.table(), d.column(), existing.map(c -> c.nullable(true))), notes.get(d));
        } else {
            contract(d, notes.get(d));
        }
    }

    /**
     * Added nullable, as the old code does not write it, with the backfill as its default until the contract revision
     * (the rows there are and the old code's new ones get it, so that the new code reads a value in every row); then
     * NOT NULL, and the default goes.
     */
    private void addNotNullColumn(AddColumn a) {
        Column column = a.column();
        String name = a.table() + "." + column.name();
        var window = a.backfill().map(column.nullable(true)::defaultSql).orElse(column.nullable(true));
        expand(new AddColumn(a.table(), window), join(notes.get(a), name + " stays nullable until the contract revision: the "
                + "old code does not write it" + a.backfill().map(v -> ". The rows there are and those the old code writes get "
                        + v + ", a placeholder autogen chose: put the value they must have").orElse("")));
        contract(new AlterColumnNullable(a.table(), column.name(), false), null);
        if (a.backfill().isPresent())
            contract(new AlterColumnDefault(a.table(), column.name(), Optional.empty(), Optional.of(window.defaultSql())), null);
    }

    private void renameColumn(RenameColumn r) {
        String table = r.table();
        String from = r.from();
        String to = r.to();
        String what = "renaming " + table + "." + from + " to " + to;
        Table before = originalNames(RenameDetector.renameColumn(current, table, to, from).table(table).orElseThrow());
        Table after = target.table(table).orElseThrow();
        Column old = before.column(from).orElseThrow();
        Column next = after.column(to).orElseThrow();
        if (old.identity() || next.identity() || old.generatedAs().isPresent() || next.generatedAs().isPresent())
            throw refused(what + " cannot be split: it is an identity or generated column. Rename it without --expand-contract");
        if (before.primaryKey().map(k -> k.columns().contains(from)).orElse(false)
                || after.primaryKey().map(k -> k.columns().contains(to)).orElse(false))
            throw refused(what + " cannot be split: it is in the primary key. Rename it without --expand-contract");
        for (SchemaModel model : List.of(RenameDetector.renameColumn(current, table, to, from), target))
            for (Table other : model.tables())
                for (ForeignKey key : other.foreignKeys())
                    if (key.referencedTable().equals(table) && (key.referencedColumns().contains(from) || key.referencedColumns().contains(to)))
                        throw refused(what + " cannot be split: foreign key " + key.name() + " of " + other.name()
                                + " references it. Rename it without --expand-contract");
        if (!old.type().equals(next.type()))
            throw refused(what + " cannot be split while its type changes too (" + old.type().ddl() + " to " + next.type().ddl()
                    + "): rename it in one revision, change the type in the next");

        String pair = table + "." + from + " and " + table + "." + to;
        expand(new AddColumn(table, next.nullable(true).withoutDefault()), join(notes.get(r), "expand: " + table + "." + to
                + " beside " + from + "; the old code goes on writing " + from + ", the new code writes " + to));
        var function = syncFunction(table, from, to);
        var trigger = syncTrigger(table, to);
        var dropTrigger = dropSyncTrigger(table, to);
        var dropFunction = dropSyncFunction(table, to);
        reverses.put(function, List.of(dropFunction));
        reverses.put(trigger, List.of(dropTrigger));
        expand(function, "until the contract revision, a trigger copies each of " + pair + " into the other on every insert and "
                + "update, so that the old and the new code run at once. An application that writes both columns itself may "
                + "delete these two steps and the two matching ones of the contract revision");
        expand(trigger, null);
        var copy = copy(table, from, to);
        reverses.put(copy, List.of());
        expand(copy, "the rows there are get " + from + " in " + to + " (one UPDATE: on a large table, batch it by hand)");

        var renames = new ArrayList<Operation>();
        for (Index index : after.indexes())
            if (keys(index).contains(to)) {
                String temporary = temporary(index.name());
                expand.add(new CreateIndex(table, new Index(temporary, index.columns(), index.unique(), index.method()), safeForms));
                renames.add(new RenameIndex(table, temporary, index.name()));
            }
        for (UniqueConstraint unique : after.uniqueConstraints())
            if (unique.columns().contains(to)) {
                String temporary = temporary(unique.name());
                expand.add(new AddUniqueConstraint(table, new UniqueConstraint(temporary, unique.columns())));
                renames.add(new RenameConstraint(table, temporary, unique.name()));
            }
        for (CheckConstraint check : after.checks())
            if (mentions(check.expression(), to)) {
                String temporary = temporary(check.name());
                expand.add(new AddCheckConstraint(table, new CheckConstraint(temporary, check.expression()), safeForms));
                renames.add(new RenameConstraint(table, temporary, check.name()));
            }
        for (ForeignKey key : after.foreignKeys())
            if (key.columns().contains(to)) {
                String temporary = temporary(key.name());
                expand.add(new AddForeignKey(table, key.withName(temporary), safeForms));
                renames.add(new RenameConstraint(table, temporary, key.name()));
            }

        // undoing the contract brings the old column back with its rows, its NOT NULL and what was built on it
        var restore = new ArrayList<Operation>(List.of(trigger, copy(table, to, from)));
        if (!old.nullable()) restore.add(new AlterColumnNullable(table, from, false));
        for (Index index : before.indexes())
            if (keys(index).contains(from)) restore.add(new CreateIndex(table, index, false));
        for (UniqueConstraint unique : before.uniqueConstraints())
            if (unique.columns().contains(from)) restore.add(new AddUniqueConstraint(table, unique));
        for (CheckConstraint check : before.checks())
            if (mentions(check.expression(), from))   // as Hibernate writes it: PostgreSQL's stored form re-parses otherwise
                restore.add(new AddCheckConstraint(table, new CheckConstraint(check.name(), CheckForms.written(check.expression())), false));
        for (ForeignKey key : before.foreignKeys())
            if (key.columns().contains(from)) restore.add(new AddForeignKey(table, key, false));
        reverses.put(dropTrigger, restore);
        reverses.put(dropFunction, List.of(function));
        contract(dropTrigger, "contract: no instance of the old code writes " + table + "." + from + " any more");
        contract.add(dropFunction);
        if (!next.nullable()) contract.add(new AlterColumnNullable(table, to, false));
        next.defaultSql().ifPresent(d -> contract.add(new AlterColumnDefault(table, to, Optional.of(d), Optional.of(Optional.empty()))));
        var dropOld = new DropColumn(table, from, Optional.of(old.nullable(true)));
        reverses.put(dropOld, List.of(new AddColumn(table, old.nullable(true))));   // its rows come back with the trigger's copy
        contract.add(dropOld);
        contract.addAll(renames);
    }

    /**
     * Whether {@code op} concerns the new column of a rename (its nullability, default, comment) or an index or key
     * on it: the rename builds those from the entities, and the old column's go with it.
     */
    private boolean onRenamedColumn(Operation op) {
        String table = tableOf(op);
        Set<String> columns = table == null ? Set.of() : renamedColumns.getOrDefault(table, Set.of());
        if (columns.isEmpty()) return false;
        Table now = current.table(table).orElse(null);
        for (String column : columns)
            if (concerns(op, now, column)) return true;
        return false;
    }

    private static boolean concerns(Operation op, Table now, String column) {
        if (op instanceof AlterColumnNullable n) return n.column().equals(column);
        if (op instanceof AlterColumnDefault d) return d.column().equals(column);
        if (op instanceof AlterColumnComment c) return c.column().equals(column);
        if (op instanceof CreateIndex i) return keys(i.index()).contains(column);
        if (op instanceof DropIndex i) return i.existing().or(() -> index(now, i.name())).map(x -> keys(x).contains(column)).orElse(false);
        // the comparison's model has the renames of indexes and keys done already: the new name finds it
        if (op instanceof RenameIndex i)
            return index(now, i.from()).or(() -> index(now, i.to())).map(x -> keys(x).contains(column)).orElse(false);
        if (op instanceof AddUniqueConstraint u) return u.constraint().columns().contains(column);
        if (op instanceof DropUniqueConstraint u) return u.existing().map(x -> x.columns().contains(column)).orElse(false);
        if (op instanceof AddCheckConstraint k) return mentions(k.constraint().expression(), column);
        if (op instanceof DropCheckConstraint k) return k.existing().map(x -> mentions(x.expression(), column)).orElse(false);
        if (op instanceof AlterCheckConstraint k)
            return mentions(k.constraint().expression(), column) || mentions(k.existing().expression(), column);
        if (op instanceof AddForeignKey f) return f.foreignKey().columns().contains(column);
        if (op instanceof DropForeignKey f) return f.existing().map(x -> x.columns().contains(column)).orElse(false);
        if (op instanceof AlterForeignKey f) return f.foreignKey().columns().contains(column) || f.existing().columns().contains(column);
        if (op instanceof RenameConstraint c) return constraintOn(now, c.from(), column) || constraintOn(now, c.to(), column);
        return false;
    }

    /** The table of a step on a column, an index or a key; null for others. */
    private static String tableOf(Operation op) {
        if (op instanceof AlterColumnNullable n) return n.table();
        if (op instanceof AlterColumnDefault d) return d.table();
        if (op instanceof AlterColumnComment c) return c.table();
        if (op instanceof CreateIndex i) return i.table();
        if (op instanceof DropIndex i) return i.table();
        if (op instanceof RenameIndex i) return i.table();
        if (op instanceof AddUniqueConstraint u) return u.table();
        if (op instanceof DropUniqueConstraint u) return u.table();
        if (op instanceof AddCheckConstraint k) return k.table();
        if (op instanceof DropCheckConstraint k) return k.table();
        if (op instanceof AlterCheckConstraint k) return k.table();
        if (op instanceof AddForeignKey f) return f.table();
        if (op instanceof DropForeignKey f) return f.table();
        if (op instanceof AlterForeignKey f) return f.table();
        if (op instanceof RenameConstraint c) return c.table();
        return null;
    }

    private static Optional<Index> index(Table table, String name) {
        return table == null ? Optional.empty() : table.indexes().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static boolean constraintOn(Table table, String name, String column) {
        if (table == null) return false;
        return table.uniqueConstraints().stream().anyMatch(u -> u.name().equals(name) && u.columns().contains(column))
                || table.checks().stream().anyMatch(k -> k.name().equals(name) && mentions(k.expression(), column))
                || table.foreignKeys().stream().anyMatch(f -> f.name().equals(name) && f.columns().contains(column));
    }

    private static List<String> keys(Index index) {
        return index.columns().stream().map(k -> Index.key(k).column()).toList();
    }

    private static boolean mentions(String expression, String column) {
        return !PostgresNames.referencedColumns(expression, Set.of(column)).isEmpty();
    }

    /** Cut, rounded or reinterpreted values: the old code may still write what no longer fits. */
    private static boolean mayChangeValues(AlterColumnType op) {
        return op.existing().map(e -> !TypeConversion.between(e, op.type()).lossless()).orElse(true);
    }

    /** A new check on columns the old code writes (one on a column this revision adds only binds the new code). */
    private boolean checksExistingColumns(AddCheckConstraint op) {
        return current.table(op.table()).map(t -> !PostgresNames.referencedColumns(op.constraint().expression(),
                t.columns().stream().map(Column::name).toList()).isEmpty()).orElse(false);
    }

    /** {@code name_next}, within PostgreSQL's 63 bytes: the name an object on the new column has until the contract. */
    private static String temporary(String name) {
        return PostgresNames.makeObjectName(name, null, "next");
    }

    private static ExecuteSql copy(String table, String from, String to) {
        return new ExecuteSql("UPDATE " + Identifiers.qualified(table) + " SET " + Identifiers.quote(to) + " = "
                + Identifiers.quote(from));
    }

    private static String syncName(String table, String to) {
        return PostgresNames.makeObjectName(table.substring(table.indexOf('.') + 1), to, "sync");
    }

    /**
     * The trigger function: on insert, the column the inserting code left NULL takes the other's value; on update,
     * the column the statement changed is copied into the other. It runs before NOT NULL and checks are tested, so
     * the old code's rows satisfy the new column's constraints and the new code's the old one's.
     */
    private static ExecuteSql syncFunction(String table, String from, String to) {
        String f = "NEW." + Identifiers.quote(from);
        String t = "NEW." + Identifiers.quote(to);
        String body = "\nBEGIN\n"
                + "  IF TG_OP = 'INSERT' THEN\n"
                + "    IF " + t + " IS NULL THEN " + t + " := " + f + "; ELSE " + f + " := " + t + "; END IF;\n"
                + "  ELSIF " + t + " IS DISTINCT FROM OLD." + Identifiers.quote(to) + " THEN " + f + " := " + t + ";\n"
                + "  ELSIF " + f + " IS DISTINCT FROM OLD." + Identifiers.quote(from) + " THEN " + t + " := " + f + ";\n"
                + "  END IF;\n"
                + "  RETURN NEW;\n"
                + "END\n";
        return new ExecuteSql("CREATE FUNCTION " + syncFunctionName(table, to) + "() RETURNS trigger LANGUAGE plpgsql AS "
                + Identifiers.dollarQuoted("sync", body));
    }

    private static ExecuteSql syncTrigger(String table, String to) {
        return new ExecuteSql("CREATE TRIGGER " + Identifiers.quote(syncName(table, to)) + " BEFORE INSERT OR UPDATE ON "
                + Identifiers.qualified(table) + " FOR EACH ROW EXECUTE FUNCTION " + syncFunctionName(table, to) + "()");
    }

    private static ExecuteSql dropSyncTrigger(String table, String to) {
        return new ExecuteSql("DROP TRIGGER " + Identifiers.quote(syncName(table, to)) + " ON " + Identifiers.qualified(table));
    }

    private static ExecuteSql dropSyncFunction(String table, String to) {
        return new ExecuteSql("DROP FUNCTION " + syncFunctionName(table, to) + "()");
    }

    private static String syncFunctionName(String table, String to) {
        return Identifiers.schemaPrefix(table) + Identifiers.quote(syncName(table, to));
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "\n" + second;
    }

    private static ConfigurationException refused(String message) {
        return new ConfigurationException("--expand-contract: " + message);
    }
}
