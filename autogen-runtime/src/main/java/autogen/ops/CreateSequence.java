package autogen.ops;

import autogen.model.Sequence;
import java.util.Optional;

public record CreateSequence(Sequence sequence) implements Operation {

    @Override
    public Operation reverse() {
        return new DropSequence(sequence.name(), Optional.of(sequence));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }
}
