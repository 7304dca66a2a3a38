package autogen.ops;

import autogen.model.ForeignKey;
import java.util.Optional;

/**
 * {@code ADD CONSTRAINT … FOREIGN KEY}; with {@code notValidFirst}, added {@code NOT VALID} (no scan, a brief lock)
 * and then {@code VALIDATE}d, which scans without blocking writes when the revision runs outside a transaction.
 */
public record AddForeignKey(String table, ForeignKey foreignKey, boolean notValidFirst) implements Operation {

    public AddForeignKey(String table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Operation reverse() {
        return new DropForeignKey(table, foreignKey.name(), Optional.of(foreignKey));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
