package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A foreign key: its columns, what they reference, its referential actions and whether it is deferrable. Hibernate
 * writes only {@code ON DELETE} (with {@code @OnDelete}); {@code ON UPDATE} and deferrability come from schemas
 * written by hand, and are compared so that a change of them is seen.
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        OnDelete onDelete, OnDelete onUpdate, Deferral deferral) {

    /** When a deferrable key is checked: {@code NOT DEFERRABLE} (the default), or deferrable and checked at once or at commit. */
    public enum Deferral {
        NOT_DEFERRABLE, INITIALLY_IMMEDIATE, INITIALLY_DEFERRED;

        public String sql() {
            return switch (this) {
                case NOT_DEFERRABLE -> "NOT DEFERRABLE";
                case INITIALLY_IMMEDIATE -> "DEFERRABLE INITIALLY IMMEDIATE";
                case INITIALLY_DEFERRED -> "DEFERRABLE INITIALLY DEFERRED";
            };
        }
    }

    public ForeignKey {
        requireNonNull(name, "name");
        requireNonNull(referencedTable, "referencedTable");
        requireNonNull(onDelete, "onDelete");
        requireNonNull(onUpdate, "onUpdate");
        requireNonNull(deferral, "deferral");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size())
            throw new IllegalArgumentException("foreign key " + name + " needs as many referenced columns as columns");
    }

    /** A key with {@code ON UPDATE NO ACTION}, not deferrable: every key Hibernate writes. */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            OnDelete onDelete) {
        this(name, columns, referencedTable, referencedColumns, onDelete, OnDelete.NO_ACTION, Deferral.NOT_DEFERRABLE);
    }

    /** The DSL of migration classes: {@code foreignKey("fk_line_order", "order_id").references("orders", "id")}. */
    public static Builder named(String name, String... columns) {
        return new Builder(name, List.of(columns));
    }

    public ForeignKey onDelete(OnDelete action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate, deferral);
    }

    public ForeignKey onUpdate(OnDelete action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action, deferral);
    }

    public ForeignKey deferrable(Deferral when) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, when);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral);
    }

    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate, deferral);
    }

    public ForeignKey referencing(String table, List<String> newReferencedColumns) {
        return new ForeignKey(name, columns, table, newReferencedColumns, onDelete, onUpdate, deferral);
    }

    /** The same columns referencing the same columns: the two keys differ at most in name, actions and deferral. */
    public boolean sameReference(ForeignKey other) {
        return columns.equals(other.columns) && referencedTable.equals(other.referencedTable)
                && referencedColumns.equals(other.referencedColumns);
    }

    /** Same reference, actions and deferral: the keys differ at most in name. */
    public boolean sameDefinition(ForeignKey other) {
        return sameReference(other) && onDelete == other.onDelete && onUpdate == other.onUpdate && deferral == other.deferral;
    }

    public record Builder(String name, List<String> columns) {
        public ForeignKey references(String table, String... referencedColumns) {
            return new ForeignKey(name, columns, table, List.of(referencedColumns), OnDelete.NO_ACTION);
        }
    }
}
