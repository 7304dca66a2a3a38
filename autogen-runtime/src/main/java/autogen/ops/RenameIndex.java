package autogen.ops;

/** {@code ALTER INDEX … RENAME TO …}, for an index whose definition stays and whose name follows its table's. */
public record RenameIndex(String table, String from, String to) implements Operation {

    @Override
    public Operation reverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameIndex(this);
    }
}
