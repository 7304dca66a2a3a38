package autogen.tooling;

import autogen.diff.MigrationPlan;
import autogen.revision.RevisionInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code revision}, {@code revision --baseline} and {@code merge} did. {@code rowEstimates}: rows per table of
 * the live database compared with (empty for the embedded one), so that the summary can say whether a risky step
 * touches an empty or a large table; {@code leftAlone}: what a baseline did not adopt.
 */
public record RevisionResult(Optional<Path> file, RevisionInfo revision, MigrationPlan plan, Map<String, Long> rowEstimates,
        List<String> leftAlone) {}
