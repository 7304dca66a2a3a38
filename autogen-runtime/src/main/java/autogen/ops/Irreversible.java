package autogen.ops;

import static java.util.Objects.requireNonNull;

/**
 * A step autogen cannot write: running it fails with {@code reason}, so that a migration never pretends to do
 * what it does not. Generated where an operation has no reverse, and where a change needs a hand-written step.
 */
public record Irreversible(String reason) implements Operation {

    public Irreversible {
        requireNonNull(reason, "reason");
    }

    @Override
    public Operation reverse() {
        return this;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.irreversible(this);
    }
}
