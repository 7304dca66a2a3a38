package autogen.ops;

import autogen.model.CheckConstraint;

/**
 * A check whose name stays and whose expression changes (an enum constant added changes the check Hibernate
 * derives): replaced in one statement, so no moment exists without it; {@code existing} is what the downgrade restores.
 */
public record AlterCheckConstraint(String table, CheckConstraint constraint, CheckConstraint existing) implements Operation {

    public AlterCheckConstraint {
        if (!constraint.name().equals(existing.name()))
            throw new IllegalArgumentException("alterCheckConstraint keeps the name of " + existing.name()
                    + ": drop it and add the new check to rename it");
    }

    @Override
    public Operation reverse() {
        return new AlterCheckConstraint(table, existing, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterCheckConstraint(this);
    }
}
