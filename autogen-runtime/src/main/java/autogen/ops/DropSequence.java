package autogen.ops;

import autogen.model.Sequence;
import java.util.Optional;

public record DropSequence(String name, Optional<Sequence> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateSequence(IrreversibleOperationException.require(existing, "drop sequence " + name));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }
}
