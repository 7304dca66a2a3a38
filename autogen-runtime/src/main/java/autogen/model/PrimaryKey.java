package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

public record PrimaryKey(String name, List<String> columns) implements TableElement {
    public PrimaryKey {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("primary key " + name + " has no columns");
    }
}
