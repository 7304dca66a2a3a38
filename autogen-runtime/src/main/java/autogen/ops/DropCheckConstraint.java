package autogen.ops;

import autogen.model.CheckConstraint;
import java.util.Optional;

public record DropCheckConstraint(String table, String name, Optional<CheckConstraint> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AddCheckConstraint(table, IrreversibleOperationException.require(existing, "drop check constraint " + name));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropCheckConstraint(this);
    }
}
