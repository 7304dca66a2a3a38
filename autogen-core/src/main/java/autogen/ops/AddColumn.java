package autogen.ops;

import autogen.model.Column;
import java.util.Optional;

public record AddColumn(String table, Column column) implements Operation {

    @Override
    public Operation reverse() {
        return new DropColumn(table, column.name(), Optional.of(column));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
