package autogen.ops;

import autogen.model.Table;
import java.util.Optional;

public record DropTable(String table, Optional<Table> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateTable(IrreversibleOperationException.require(existing, "drop table " + table));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
