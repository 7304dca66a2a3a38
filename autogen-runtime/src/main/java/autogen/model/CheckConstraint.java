package autogen.model;

import static java.util.Objects.requireNonNull;

/**
 * A check constraint. Its expression is kept as written by whichever side produced it; the comparison matches
 * checks by name only, because PostgreSQL rewrites expressions ({@code x between 0 and 3} is stored as
 * {@code ((x >= 0) AND (x <= 3))}). Comparing the expressions themselves needs the normaliser of issue 3.
 */
public record CheckConstraint(String name, String expression) implements TableElement {
    public CheckConstraint {
        requireNonNull(name, "name");
        requireNonNull(expression, "expression");
        expression = expression.strip();
    }
}
