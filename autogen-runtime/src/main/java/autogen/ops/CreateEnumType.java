package autogen.ops;

import autogen.model.EnumType;
import java.util.Optional;

/** {@code CREATE TYPE … AS ENUM}, with the implicit casts to and from varchar that Hibernate creates with it. */
public record CreateEnumType(EnumType enumType) implements Operation {

    @Override
    public Operation reverse() {
        return new DropEnumType(enumType.name(), Optional.of(enumType));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createEnumType(this);
    }
}
