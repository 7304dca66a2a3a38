package autogen.ops;

import autogen.model.PrimaryKey;
import java.util.Optional;

public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements Operation {

    @Override
    public Operation reverse() {
        return new DropPrimaryKey(table, primaryKey.name(), Optional.of(primaryKey));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addPrimaryKey(this);
    }
}
