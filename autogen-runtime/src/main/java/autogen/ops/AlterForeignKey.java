package autogen.ops;

import autogen.model.ForeignKey;

/**
 * A foreign key whose reference stays and whose {@code ON DELETE}/{@code ON UPDATE} action or deferrability changes:
 * one step that names the change, instead of an unrelated-looking drop and add. The rows already satisfy the same
 * reference, so revalidating the key cannot fail.
 */
public record AlterForeignKey(String table, ForeignKey foreignKey, ForeignKey existing) implements Operation {

    public AlterForeignKey {
        if (!foreignKey.name().equals(existing.name()) || !foreignKey.sameReference(existing))
            throw new IllegalArgumentException("alterForeignKey changes only the actions and deferrability of "
                    + existing.name() + ": drop it and add the new key to change its name, columns or referenced table");
    }

    /** Only deferrability changes: {@code ALTER CONSTRAINT}, in place, without revalidating. */
    public boolean deferralOnly() {
        return foreignKey.onDelete() == existing.onDelete() && foreignKey.onUpdate() == existing.onUpdate();
    }

    @Override
    public Operation reverse() {
        return new AlterForeignKey(table, existing, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterForeignKey(this);
    }
}
