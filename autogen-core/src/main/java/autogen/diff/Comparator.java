package autogen.diff;

import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.EnumType;
import autogen.model.ForeignKey;
import autogen.model.SchemaModel;
import autogen.model.Sequence;
import autogen.model.Table;
import autogen.ops.AddCheckConstraint;
import autogen.ops.AlterCheckConstraint;
import autogen.ops.AddEnumValue;
import autogen.ops.CreateEnumType;
import autogen.ops.DropEnumType;
import autogen.ops.Irreversible;
import autogen.ops.AddColumn;
import autogen.ops.AddForeignKey;
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
import autogen.ops.Operation;
import autogen.sql.TypeConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the current schema with the target and returns the operations that turn one into the other, in an
 * order PostgreSQL accepts. Pure: no database, no Hibernate; the same inputs give the same list.
 *
 * <p>The passes run in this order, each for every table (tables sorted by name, columns in entity order):
 * <ol>
 *   <li>(schemas other than the default are created first and dropped last, when empty);
 *   <li>drop foreign keys that go away or change, so no key points at something about to be dropped;
 *   <li>drop indexes, then unique, check and primary-key constraints that go away or change;
 *   <li>drop tables (their own indexes and keys were dropped as separate steps above, so the downgrade can
 *       recreate each of them);
 *   <li>create enum types and add their new values, create and alter sequences, before the tables whose columns
 *       and defaults use them;
 *   <li>create tables; add and alter columns of kept tables;
 *   <li>add primary-key, unique and check constraints, then create indexes;
 *   <li>add foreign keys last, when every table and unique key they reference exists, and change the actions or
 *       deferrability of kept ones (one step each, not a drop and an add);
 *   <li>drop columns, then sequences and enum types, once nothing refers to them any more.
 * </ol>
 * Reversing every operation and the whole list gives a valid downgrade in the mirror order.
 */
public final class Comparator {

    /** The time zone that values of {@code timestamp} columns are taken to be in when they gain or lose a zone. */
    public static final String DEFAULT_TIMESTAMP_TIME_ZONE = "UTC";

    private final CanonicalExpressions expressions;
    private final String timestampTimeZone;

    /** A comparator for two schemas read the same way (both from databases, or both from entities). */
    public Comparator() {
        this(CanonicalExpressions.asWritten(), DEFAULT_TIMESTAMP_TIME_ZONE);
    }

    public Comparator(CanonicalExpressions expressions) {
        this(expressions, DEFAULT_TIMESTAMP_TIME_ZONE);
    }

    /**
     * {@code expressions}: how checks and defaults read once stored, so equal ones compare equal whoever wrote them;
     * {@code timestampTimeZone}: the zone a {@code timestamp} column's values are in, written into the conversion
     * when such a column becomes {@code timestamp with time zone} or back.
     */
    public Comparator(CanonicalExpressions expressions, String timestampTimeZone) {
        this.expressions = expressions;
        this.timestampTimeZone = timestampTimeZone;
    }

    public List<Operation> compare(SchemaModel current, SchemaModel target) {
        var ops = new ArrayList<Operation>();
        var kept = new ArrayList<Table[]>();       // {current, target} pairs of tables present on both sides
        var dropped = new ArrayList<Table>();
        var created = new ArrayList<Table>();
        for (Table c : current.tables())
            target.table(c.name()).ifPresentOrElse(t -> kept.add(new Table[] {c, t}), () -> dropped.add(c));
        for (Table t : target.tables())
            if (current.table(t.name()).isEmpty()) created.add(t);

        for (Table c : current.tables()) {
            var t = target.table(c.name());
            for (var fk : c.foreignKeys()) {
                var targetKeys = t.map(Table::foreignKeys).orElse(List.of());
                if (!targetKeys.contains(fk) && actionsChanged(fk, targetKeys).isEmpty())
                    ops.add(new DropForeignKey(c.name(), fk.name(), Optional.of(fk)));
            }
        }
        for (Table c : dropped)
            for (var index : c.indexes()) ops.add(new DropIndex(c.name(), index.name(), Optional.of(index)));
        for (Table[] pair : kept) {
            Table c = pair[0], t = pair[1];
            for (var index : removed(c.indexes(), t.indexes()))
                ops.add(new DropIndex(c.name(), index.name(), Optional.of(index)));
            for (var unique : removed(c.uniqueConstraints(), t.uniqueConstraints()))
                ops.add(new DropUniqueConstraint(c.name(), unique.name(), Optional.of(unique)));
            for (var check : c.checks())
                if (t.checks().stream().noneMatch(k -> sameCheck(check, t.name(), k)) && changedInPlace(c, t, check).isEmpty())
                    ops.add(new DropCheckConstraint(c.name(), check.name(), Optional.of(written(check))));
            if (c.primaryKey().isPresent() && !c.primaryKey().equals(t.primaryKey()))
                ops.add(new DropPrimaryKey(c.name(), c.primaryKey().get().name(), c.primaryKey()));
        }
        for (Table c : dropped) ops.add(new DropTable(c.name(), Optional.of(written(c.withoutIndexesAndForeignKeys()))));

        var currentSchemas = current.schemas();
        for (String schema : target.schemas()) if (!currentSchemas.contains(schema)) ops.add(new CreateSchema(schema));
        for (EnumType e : target.enumTypes()) {
            var existing = current.enumType(e.name());
            if (existing.isEmpty()) ops.add(new CreateEnumType(e));
            else if (!existing.get().equals(e)) ops.addAll(enumValues(existing.get(), e));
        }
        for (Sequence s : target.sequences()) {
            var existing = current.sequence(s.name());
            if (existing.isEmpty()) ops.add(new CreateSequence(s));
            else if (!existing.get().equals(s)) ops.add(new AlterSequence(s, existing));
        }
        for (Table t : created) ops.add(new CreateTable(t));
        for (Table[] pair : kept) {
            if (!pair[0].comment().equals(pair[1].comment()))
                ops.add(new AlterTableComment(pair[1].name(), pair[1].comment(), Optional.of(pair[0].comment())));
            compareColumns(pair[0], pair[1], ops);
        }

        for (Table[] pair : kept) {
            Table c = pair[0], t = pair[1];
            if (t.primaryKey().isPresent() && !t.primaryKey().equals(c.primaryKey()))
                ops.add(new AddPrimaryKey(t.name(), t.primaryKey().get()));
            for (var unique : removed(t.uniqueConstraints(), c.uniqueConstraints()))
                ops.add(new AddUniqueConstraint(t.name(), unique));
            for (var check : t.checks())
                if (c.checks().stream().noneMatch(k -> sameCheck(k, t.name(), check)))
                    ops.add(changedInPlace(t, c, check).<Operation>map(old -> new AlterCheckConstraint(t.name(), check, written(old)))
                            .orElseGet(() -> new AddCheckConstraint(t.name(), check)));
        }
        for (Table t : target.tables()) {
            var existing = current.table(t.name()).map(Table::indexes).orElse(List.of());
            for (var index : removed(t.indexes(), existing)) ops.add(new CreateIndex(t.name(), index));
        }
        for (Table t : target.tables()) {
            var existing = current.table(t.name()).map(Table::foreignKeys).orElse(List.of());
            for (var fk : removed(t.foreignKeys(), existing))
                ops.add(actionsChanged(fk, existing).<Operation>map(old -> new AlterForeignKey(t.name(), fk, old))
                        .orElseGet(() -> new AddForeignKey(t.name(), fk)));
        }

        for (Table[] pair : kept)
            for (Column column : pair[0].columns())
                if (pair[1].column(column.name()).isEmpty())
                    ops.add(new DropColumn(pair[0].name(), column.name(), Optional.of(column)));
        for (Sequence s : current.sequences())
            if (target.sequence(s.name()).isEmpty()) ops.add(new DropSequence(s.name(), Optional.of(s)));
        for (EnumType e : current.enumTypes())
            if (target.enumType(e.name()).isEmpty()) ops.add(new DropEnumType(e.name(), Optional.of(e)));
        var targetSchemas = target.schemas();
        for (String schema : currentSchemas) if (!targetSchemas.contains(schema)) ops.add(new DropSchema(schema));
        return List.copyOf(ops);
    }


    /**
     * New values go in where the entities put them ({@code ADD VALUE … BEFORE}). PostgreSQL cannot remove or
     * reorder values: that change becomes a step the developer must write.
     */
    private static List<Operation> enumValues(EnumType current, EnumType target) {
        var kept = target.values().stream().filter(current.values()::contains).toList();
        if (!kept.equals(current.values()))
            return List.of(new Irreversible("enum type " + target.name() + " changes from " + current.values() + " to "
                    + target.values() + ", which removes or reorders values; PostgreSQL cannot do that in place: rename "
                    + "the type, create the new one, convert its columns with USING column::text::" + target.name()
                    + ", then drop the old one"));
        var ops = new ArrayList<Operation>();
        List<String> values = target.values();
        for (int i = 0; i < values.size(); i++) {
            if (current.values().contains(values.get(i))) continue;
            // the next value that already exists, if any, is the one to insert before
            Optional<String> before = values.subList(i + 1, values.size()).stream().filter(current.values()::contains).findFirst();
            ops.add(new AddEnumValue(target.name(), values.get(i), before));
        }
        return ops;
    }

    /** Adds new columns in entity order and alters changed ones: type, default, identity, nullability, then comment. */
    private void compareColumns(Table current, Table target, List<Operation> ops) {
        String table = target.name();
        for (Column t : target.columns()) {
            var existing = current.column(t.name());
            if (existing.isEmpty()) {
                // a NOT NULL column the database cannot fill by itself: existing rows get a placeholder to review
                ops.add(AddColumn.toExistingRows(table, t));
                continue;
            }
            Column c = existing.get();
            if (!c.type().equals(t.type())) ops.add(typeChange(table, t.name(), c.type(), t.type()));
            if (!sameDefault(c, t))
                ops.add(new AlterColumnDefault(table, t.name(), t.defaultSql(), Optional.of(c.defaultSql())));
            if (c.identity() != t.identity()) ops.add(new AlterColumnIdentity(table, t.name(), t.identity()));
            if (!sameGeneration(table, c, t)) {
                if (c.generatedAs().isEmpty())
                    ops.add(new Irreversible("PostgreSQL cannot make " + table + "." + t.name() + " a generated column "
                            + "in place: drop it and add it back with GENERATED ALWAYS AS (" + t.generatedAs().get() + ") STORED"));
                else ops.add(new AlterColumnGeneration(table, t.name(), t.generatedAs(), Optional.of(c.generatedAs())));
            }
            if (c.nullable() != t.nullable()) ops.add(new AlterColumnNullable(table, t.name(), t.nullable()));
            if (!c.comment().equals(t.comment()))
                ops.add(new AlterColumnComment(table, t.name(), t.comment(), Optional.of(c.comment())));
        }
    }

    /**
     * A type change, with the time zone written out where values are reinterpreted; where no cast keeps the values
     * (text to a {@code @Lob}'s oid), a step the developer must write instead of one that would lose them.
     */
    private Operation typeChange(String table, String column, ColumnType from, ColumnType to) {
        var conversion = TypeConversion.between(from, to);
        if (conversion.effect() == TypeConversion.Effect.REFUSED)
            return new Irreversible("cannot change " + table + "." + column + " from " + from.ddl() + " to " + to.ddl() + ": "
                    + conversion.detail());
        return new AlterColumnType(table, column, to, Optional.of(from),
                TypeConversion.atTimeZone(column, from, to, timestampTimeZone));
    }

    /**
     * The check of {@code other} with {@code check}'s name, when the change between them is replaced in place: not
     * when a column of the table changes type in the same revision, as the old check may not hold for the new type
     * (it is dropped before the change and the new one added after).
     */
    private static Optional<CheckConstraint> changedInPlace(Table table, Table other, CheckConstraint check) {
        boolean typeChanges = table.columns().stream()
                .anyMatch(col -> other.column(col.name()).filter(o -> !o.type().equals(col.type())).isPresent());
        if (typeChanges) return Optional.empty();
        return other.checks().stream().filter(k -> k.name().equals(check.name())).findFirst();
    }

    /** A check read from the database, restored by a downgrade as Hibernate writes it, which PostgreSQL stores alike. */
    private static CheckConstraint written(CheckConstraint check) {
        return new CheckConstraint(check.name(), CheckForms.written(check.expression()));
    }

    private static Table written(Table table) {
        return table.withChecks(table.checks().stream().map(Comparator::written).toList());
    }

    /** The key of {@code others} with {@code key}'s name and reference and other actions or deferrability. */
    private static Optional<ForeignKey> actionsChanged(ForeignKey key, List<ForeignKey> others) {
        return others.stream().filter(o -> o.name().equals(key.name()) && o.sameReference(key) && !o.equals(key)).findFirst();
    }

    /** The items of {@code from} that {@code to} does not contain (a changed item is removed and added again). */
    private static <T> List<T> removed(List<T> from, List<T> to) {
        return from.stream().filter(item -> !to.contains(item)).toList();
    }

    private boolean sameGeneration(String table, Column current, Column target) {
        if (current.generatedAs().isEmpty() || target.generatedAs().isEmpty())
            return current.generatedAs().equals(target.generatedAs());
        return expressions.generated(table, current.generatedAs().get())
                .equals(expressions.generated(table, target.generatedAs().get()));
    }

    private boolean sameDefault(Column current, Column target) {
        if (current.defaultSql().isEmpty() || target.defaultSql().isEmpty())
            return current.defaultSql().equals(target.defaultSql());
        return expressions.columnDefault(current.type(), current.defaultSql().get())
                .equals(expressions.columnDefault(target.type(), target.defaultSql().get()));
    }

    /** A live check and a target check are the same when names and canonical expressions match. */
    private boolean sameCheck(CheckConstraint current, String table, CheckConstraint target) {
        return current.name().equals(target.name())
                && expressions.check(table, current.expression()).equals(expressions.check(table, target.expression()));
    }
}
