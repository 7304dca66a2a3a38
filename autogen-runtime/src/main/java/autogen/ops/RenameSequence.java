package autogen.ops;

/** {@code ALTER SEQUENCE … RENAME TO …}: the current value stays, so ids already handed out are not reissued. */
public record RenameSequence(String from, String to) implements Operation {

    @Override
    public Operation reverse() {
        return new RenameSequence(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameSequence(this);
    }
}
