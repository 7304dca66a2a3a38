package autogen.ops;

import autogen.model.EnumType;
import java.util.Optional;

/** Drops an enum type and its varchar casts; fails while a column still uses the type. */
public record DropEnumType(String name, Optional<EnumType> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateEnumType(IrreversibleOperationException.require(existing, "drop enum type " + name));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnumType(this);
    }
}
