package autogen.ops;

import autogen.MigrationException;
import java.util.Optional;

/** An operation was asked for its reverse but has none. */
public final class IrreversibleOperationException extends MigrationException {

    public IrreversibleOperationException(String message) {
        super(message);
    }

    /** The definition an operation removes, needed to reverse it; absent when the operation was written by hand. */
    static <T> T require(Optional<T> existing, String what) {
        return existing.orElseThrow(() -> new IrreversibleOperationException(
                "cannot reverse " + what + ": the definition it removes is unknown; write the downgrade by hand"));
    }
}
