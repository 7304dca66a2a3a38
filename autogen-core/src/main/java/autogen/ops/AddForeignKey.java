package autogen.ops;

import autogen.model.ForeignKey;
import java.util.Optional;

public record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {

    @Override
    public Operation reverse() {
        return new DropForeignKey(table, foreignKey.name(), Optional.of(foreignKey));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
