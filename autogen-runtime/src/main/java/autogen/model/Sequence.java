package autogen.model;

import static java.util.Objects.requireNonNull;

/** A standalone sequence (not one owned by an identity column). */
public record Sequence(String name, long start, long increment) {
    public Sequence {
        requireNonNull(name, "name");
        if (increment == 0) throw new IllegalArgumentException("sequence " + name + " has increment 0");
    }
}
