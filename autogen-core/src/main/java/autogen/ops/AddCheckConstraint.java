package autogen.ops;

import autogen.model.CheckConstraint;
import java.util.Optional;

public record AddCheckConstraint(String table, CheckConstraint constraint) implements Operation {

    @Override
    public Operation reverse() {
        return new DropCheckConstraint(table, constraint.name(), Optional.of(constraint));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addCheckConstraint(this);
    }
}
