package autogen.ops;

import autogen.model.Index;
import java.util.Optional;

/** {@code DROP INDEX}, {@code CONCURRENTLY} when its revision runs outside a transaction. */
public record DropIndex(String table, String name, Optional<Index> existing, boolean concurrently) implements Operation {

    public DropIndex(String table, String name, Optional<Index> existing) {
        this(table, name, existing, false);
    }

    @Override
    public Operation reverse() {
        return new CreateIndex(table, IrreversibleOperationException.require(existing, "drop index " + name), concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
