package autogen.ops;

import java.util.Optional;

/**
 * Changes the expression of a stored generated column ({@code SET EXPRESSION AS}, PostgreSQL 17) or, with an empty
 * {@code expression}, turns it into a plain column that keeps its values ({@code DROP EXPRESSION}). PostgreSQL
 * cannot make a plain column generated in place, so that direction has no reverse.
 */
public record AlterColumnGeneration(String table, String column, Optional<String> expression,
        Optional<Optional<String>> existing) implements Operation {

    @Override
    public Operation reverse() {
        Optional<String> before = IrreversibleOperationException.require(existing, "generation change of " + table + "." + column);
        if (expression.isEmpty() || before.isEmpty())
            throw new IrreversibleOperationException("PostgreSQL cannot make " + table + "." + column
                    + " a generated column again in place: drop it and add it back as generated");
        return new AlterColumnGeneration(table, column, before, Optional.of(expression));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnGeneration(this);
    }
}
