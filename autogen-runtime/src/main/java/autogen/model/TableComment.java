package autogen.model;

import static java.util.Objects.requireNonNull;

/** The {@code COMMENT ON TABLE} of a table, declared among its elements. */
public record TableComment(String text) implements TableElement {
    public TableComment {
        requireNonNull(text, "text");
    }
}
