package autogen.ops;

/** {@code CREATE SCHEMA IF NOT EXISTS}, for tables mapped outside the default schema. */
public record CreateSchema(String name) implements Operation {

    @Override
    public Operation reverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSchema(this);
    }
}
