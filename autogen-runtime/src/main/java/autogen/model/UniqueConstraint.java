package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns) implements TableElement {
    public UniqueConstraint {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("unique constraint " + name + " has no columns");
    }
}
