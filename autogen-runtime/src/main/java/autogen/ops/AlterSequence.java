package autogen.ops;

import autogen.model.Sequence;
import java.util.Optional;

/** Changes the start and increment of a sequence in place: its current value, and so existing ids, are kept. */
public record AlterSequence(Sequence sequence, Optional<Sequence> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AlterSequence(IrreversibleOperationException.require(existing, "alter sequence " + sequence.name()), Optional.of(sequence));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterSequence(this);
    }
}
