package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A plain (not constraint-backing) index on columns of one table, in key order. */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("index " + name + " has no columns");
    }
}
