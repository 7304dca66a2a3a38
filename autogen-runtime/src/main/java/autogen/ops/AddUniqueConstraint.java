package autogen.ops;

import autogen.model.UniqueConstraint;
import java.util.Optional;

public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {

    @Override
    public Operation reverse() {
        return new DropUniqueConstraint(table, constraint.name(), Optional.of(constraint));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addUniqueConstraint(this);
    }
}
