package autogen.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;

/** A named PostgreSQL enum type ({@code CREATE TYPE name AS ENUM (...)}); the order of its values is significant. */
public record EnumType(String name, List<String> values) {
    public EnumType {
        requireNonNull(name, "name");
        values = List.copyOf(values);
        if (values.isEmpty()) throw new IllegalArgumentException("enum type " + name + " has no values");
        if (new HashSet<>(values).size() != values.size())
            throw new IllegalArgumentException("enum type " + name + " repeats a value");
    }
}
