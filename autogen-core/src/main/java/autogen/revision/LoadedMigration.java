package autogen.revision;

import autogen.migration.Migration;
import java.util.Optional;

/** A migration class found in the history: its revision, an instance, and the file it came from when compiled here. */
public record LoadedMigration(RevisionInfo info, Migration migration, Optional<String> source) {

    public String id() {
        return info.id();
    }

    public String describe() {
        return info.id() + " (" + migration.getClass().getSimpleName() + ")";
    }
}
