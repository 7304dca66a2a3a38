package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        OnDelete onDelete) {

    public ForeignKey {
        requireNonNull(name, "name");
        requireNonNull(referencedTable, "referencedTable");
        requireNonNull(onDelete, "onDelete");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size())
            throw new IllegalArgumentException("foreign key " + name + " needs as many referenced columns as columns");
    }

    /** The DSL of migration classes: {@code foreignKey("fk_line_order", "order_id").references("orders", "id")}. */
    public static Builder named(String name, String... columns) {
        return new Builder(name, List.of(columns));
    }

    public ForeignKey onDelete(OnDelete action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action);
    }

    public record Builder(String name, List<String> columns) {
        public ForeignKey references(String table, String... referencedColumns) {
            return new ForeignKey(name, columns, table, List.of(referencedColumns), OnDelete.NO_ACTION);
        }
    }
}
