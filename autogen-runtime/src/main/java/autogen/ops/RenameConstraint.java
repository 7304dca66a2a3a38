package autogen.ops;

/**
 * {@code ALTER TABLE … RENAME CONSTRAINT … TO …}: a primary key, unique, check or foreign key whose definition stays
 * and whose name changes (Hibernate's hashed key names follow the table name), instead of dropping and re-adding it.
 */
public record RenameConstraint(String table, String from, String to) implements Operation {

    @Override
    public Operation reverse() {
        return new RenameConstraint(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameConstraint(this);
    }
}
