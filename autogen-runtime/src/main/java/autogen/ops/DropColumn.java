package autogen.ops;

import autogen.model.Column;
import java.util.Optional;

public record DropColumn(String table, String column, Optional<Column> existing) implements Operation {

    @Override
    public Operation reverse() {
        // the rows are still there when the column comes back: a NOT NULL one needs a value for them
        return AddColumn.toExistingRows(table, IrreversibleOperationException.require(existing, "drop column " + table + "." + column));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
