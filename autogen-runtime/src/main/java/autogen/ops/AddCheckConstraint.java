package autogen.ops;

import autogen.model.CheckConstraint;
import java.util.Optional;

/** {@code ADD CONSTRAINT … CHECK}; with {@code notValidFirst}, added {@code NOT VALID} then {@code VALIDATE}d, as for foreign keys. */
public record AddCheckConstraint(String table, CheckConstraint constraint, boolean notValidFirst) implements Operation {

    public AddCheckConstraint(String table, CheckConstraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public Operation reverse() {
        return new DropCheckConstraint(table, constraint.name(), Optional.of(constraint));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addCheckConstraint(this);
    }
}
