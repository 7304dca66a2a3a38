package autogen.ops;

import java.util.Optional;

/** {@code COMMENT ON TABLE}: sets the comment, or removes it when {@code comment} is empty; {@code existing} is the one before, when known. */
public record AlterTableComment(String table, Optional<String> comment, Optional<Optional<String>> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AlterTableComment(table, IrreversibleOperationException.require(existing, "comment change of " + table),
                Optional.of(comment));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterTableComment(this);
    }
}
