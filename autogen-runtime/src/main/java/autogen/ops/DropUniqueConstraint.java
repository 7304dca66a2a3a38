package autogen.ops;

import autogen.model.UniqueConstraint;
import java.util.Optional;

public record DropUniqueConstraint(String table, String name, Optional<UniqueConstraint> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AddUniqueConstraint(table, IrreversibleOperationException.require(existing, "drop unique constraint " + name));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropUniqueConstraint(this);
    }
}
