package autogen.ops;

import static java.util.Objects.requireNonNull;

import autogen.model.Column;
import java.util.Optional;

/**
 * {@code ADD COLUMN}. A NOT NULL column without default cannot be added to a table with rows in one step: with a
 * {@code backfill} value it is added nullable, existing rows get that value, and only then is it made NOT NULL, all
 * in the revision's transaction.
 */
public record AddColumn(String table, Column column, Optional<String> backfill) implements Operation {

    public AddColumn {
        requireNonNull(backfill, "backfill");
    }

    public AddColumn(String table, Column column) {
        this(table, column, Optional.empty());
    }

    /** Adding {@code column} to a table that may have rows: with a placeholder backfill when nothing else fills them. */
    public static AddColumn toExistingRows(String table, Column column) {
        return new AddColumn(table, column, column.fillsExistingRows() ? Optional.empty() : Backfills.placeholder(column.type()));
    }

    @Override
    public Operation reverse() {
        return new DropColumn(table, column.name(), Optional.of(column));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
