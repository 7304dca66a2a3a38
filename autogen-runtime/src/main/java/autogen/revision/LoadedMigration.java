package autogen.revision;

import autogen.MigrationException;
import autogen.migration.Migration;
import autogen.ops.Operation;
import autogen.ops.RecordingOps;
import java.util.List;
import java.util.Optional;

/** A migration class found in the history: its revision, an instance, and the file it came from when compiled here. */
public record LoadedMigration(RevisionInfo info, Migration migration, Optional<String> source) {

    public String id() {
        return info.id();
    }

    /** The operations of its upgrade ({@code up}) or downgrade, recorded without running anything. */
    public List<Operation> operations(boolean up) {
        var recorder = new RecordingOps();
        try {
            if (up) migration.upgrade(recorder);
            else migration.downgrade(recorder);
        } catch (RuntimeException e) {
            throw new MigrationException("revision " + describe() + " failed in its " + (up ? "upgrade" : "downgrade")
                    + "(): " + e.getMessage(), e);
        }
        return recorder.operations();
    }

    /** What the history table records to tell an edit later: {@link Checksums#of}. */
    public String checksum() {
        return Checksums.of(this);
    }

    public String describe() {
        return info.id() + " (" + migration.getClass().getSimpleName() + ")";
    }
}
