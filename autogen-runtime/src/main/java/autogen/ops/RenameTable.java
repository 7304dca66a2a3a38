package autogen.ops;

/** {@code ALTER TABLE … RENAME TO …}: the rows stay. {@code to} is in the same schema as {@code from}. */
public record RenameTable(String from, String to) implements Operation {

    @Override
    public Operation reverse() {
        return new RenameTable(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
