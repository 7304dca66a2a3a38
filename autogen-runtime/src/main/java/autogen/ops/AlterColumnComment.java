package autogen.ops;

import java.util.Optional;

/** {@code COMMENT ON COLUMN}: sets the comment, or removes it when {@code comment} is empty; {@code existing} is the one before, when known. */
public record AlterColumnComment(String table, String column, Optional<String> comment, Optional<Optional<String>> existing)
        implements Operation {

    @Override
    public Operation reverse() {
        return new AlterColumnComment(table, column,
                IrreversibleOperationException.require(existing, "comment change of " + table + "." + column),
                Optional.of(comment));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnComment(this);
    }
}
