package autogen.ops;

/** Drops a schema only if nothing lives in it any more: objects autogen does not manage keep it alive. */
public record DropSchema(String name) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSchema(this);
    }
}
