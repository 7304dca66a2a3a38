package autogen.tooling;

import autogen.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code revision --sql} shows instead of writing: the file the revision would be, its class, and the SQL its
 * upgrade and downgrade run (as {@code upgrade --sql} would print them, without the version-table statements).
 */
public record RevisionPreview(Path file, RevisionInfo revision, String source, List<String> upgradeSql,
        List<String> downgradeSql) {

    public RevisionPreview {
        upgradeSql = List.copyOf(upgradeSql);
        downgradeSql = List.copyOf(downgradeSql);
    }
}
