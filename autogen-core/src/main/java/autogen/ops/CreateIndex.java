package autogen.ops;

import autogen.model.Index;
import java.util.Optional;

public record CreateIndex(String table, Index index) implements Operation {

    @Override
    public Operation reverse() {
        return new DropIndex(table, index.name(), Optional.of(index));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
