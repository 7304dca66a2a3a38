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

    /**
     * The SHA-256 of the migration's source with whitespace runs folded to one space, so that line endings and
     * re-indentation are not edits; empty for a migration loaded from compiled classes.
     */
    public Optional<String> checksum() {
        return source.map(path -> {
            try {
                String text = java.nio.file.Files.readString(java.nio.file.Path.of(path)).strip().replaceAll("\\s+", " ");
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(hash);
            } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                throw new MigrationException("cannot read " + path + " to check it: " + e.getMessage(), e);
            }
        });
    }

    public String describe() {
        return info.id() + " (" + migration.getClass().getSimpleName() + ")";
    }
}
