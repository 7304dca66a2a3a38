package autogen.ops;

import autogen.model.PrimaryKey;
import java.util.Optional;

public record DropPrimaryKey(String table, String name, Optional<PrimaryKey> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AddPrimaryKey(table, IrreversibleOperationException.require(existing, "drop primary key " + name));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropPrimaryKey(this);
    }
}
