package autogen.ops;

import static java.util.Objects.requireNonNull;

import autogen.migration.JdbcStep;

/**
 * Java code run on the revision's connection ({@code op.jdbc(description, connection -> ...)}). It has no SQL, so it
 * runs only online: an offline script ({@code --sql}) cannot contain it. The description stands for the code in
 * checksums and output; an edit of the code alone is not noticed as an edit of the revision.
 */
public record JdbcCall(String description, JdbcStep step) implements Operation {
    public JdbcCall {
        requireNonNull(description, "description");
        requireNonNull(step, "step");
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException("cannot reverse Java code (" + description + "): write its downgrade by hand");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.jdbcCall(this);
    }

    /** The description only: the lambda's identity differs on every run, and checksums are made of this text. */
    @Override
    public String toString() {
        return "JdbcCall[description=" + description + "]";
    }
}
