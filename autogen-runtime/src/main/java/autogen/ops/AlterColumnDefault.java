package autogen.ops;

import java.util.Optional;

/** {@code SET DEFAULT} or, with an empty {@code defaultSql}, {@code DROP DEFAULT}; {@code existing} is the default before, when known. */
public record AlterColumnDefault(String table, String column, Optional<String> defaultSql, Optional<Optional<String>> existing) implements Operation {

    @Override
    public Operation reverse() {
        return new AlterColumnDefault(table, column,
                IrreversibleOperationException.require(existing, "default change of " + table + "." + column),
                Optional.of(defaultSql));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnDefault(this);
    }
}
