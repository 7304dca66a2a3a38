package autogen.ops;

/** {@code ALTER TABLE … RENAME COLUMN … TO …}: the values stay. */
public record RenameColumn(String table, String from, String to) implements Operation {

    @Override
    public Operation reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameColumn(this);
    }
}
