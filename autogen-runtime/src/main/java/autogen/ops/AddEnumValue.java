package autogen.ops;

import java.util.Optional;

/** {@code ALTER TYPE … ADD VALUE}, placed {@code before} an existing value or at the end. */
public record AddEnumValue(String type, String value, Optional<String> before) implements Operation {

    /** PostgreSQL cannot remove a value from an enum type, so there is no reverse to generate. */
    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException("PostgreSQL cannot remove value " + value + " from enum type " + type
                + ": to undo this, recreate the type without it (rename the type, create the new one, convert the "
                + "columns with USING column::text::" + type + ", drop the old one)");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addEnumValue(this);
    }
}
