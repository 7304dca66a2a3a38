package autogen.ops;

import autogen.model.Index;
import java.util.Optional;

public record DropIndex(String table, String name, Optional<Index> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateIndex(table, IrreversibleOperationException.require(existing, "drop index " + name));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
