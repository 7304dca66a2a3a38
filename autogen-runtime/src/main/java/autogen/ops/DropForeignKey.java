package autogen.ops;

import autogen.model.ForeignKey;
import java.util.Optional;

public record DropForeignKey(String table, String name, Optional<ForeignKey> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AddForeignKey(table, IrreversibleOperationException.require(existing, "drop foreign key " + name));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }
}
