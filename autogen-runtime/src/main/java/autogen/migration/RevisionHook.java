package autogen.migration;

import autogen.ops.Operation;
import java.util.List;

/**
 * Rewrites the steps of a revision before {@code autogen revision} writes it, as Alembic's
 * {@code process_revision_directives} does: drop a step, reorder, add one ({@code new ExecuteSql(...)}). Named by
 * the {@code revision.hook} setting and loaded from the entities' class path, with a public no-argument
 * constructor. The downgrade is the rewritten upgrade reversed, so every step it returns must be reversible or an
 * {@link autogen.ops.Irreversible} one.
 */
public interface RevisionHook {

    /** The upgrade's steps as autogen found them, in order; what to write instead. */
    List<Operation> rewrite(List<Operation> upgrade);
}
