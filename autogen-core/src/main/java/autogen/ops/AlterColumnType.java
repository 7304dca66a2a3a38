package autogen.ops;

import autogen.model.ColumnType;
import java.util.Optional;

public record AlterColumnType(String table, String column, ColumnType type, Optional<ColumnType> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AlterColumnType(table, column,
                IrreversibleOperationException.require(existing, "type change of " + table + "." + column), Optional.of(type));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnType(this);
    }
}
