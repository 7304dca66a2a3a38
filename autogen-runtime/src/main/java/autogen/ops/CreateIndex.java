package autogen.ops;

import autogen.model.Index;
import java.util.Optional;

/**
 * {@code CREATE INDEX}; {@code concurrently}, it does not block writes while it builds, but can only run outside a
 * transaction, so its revision is non-transactional.
 */
public record CreateIndex(String table, Index index, boolean concurrently) implements Operation {

    public CreateIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public Operation reverse() {
        return new DropIndex(table, index.name(), Optional.of(index), concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
