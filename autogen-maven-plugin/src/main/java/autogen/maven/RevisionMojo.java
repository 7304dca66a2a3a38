package autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen revision}: compiles the project, compares its entities with the database at the head of the
 * history and writes a migration class for the difference ({@code mvn autogen:revision -Dautogen.message="add orders"}).
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RevisionMojo extends AutogenMojo {

    /** What the revision does: the class's Javadoc and name. */
    @Parameter(property = "autogen.message", required = true)
    String message;

    /** Write a revision with empty upgrade and downgrade, to fill in by hand. */
    @Parameter(property = "autogen.empty", defaultValue = "false")
    boolean empty;

    /** Write locking steps on existing tables in their non-blocking forms (or the setting safe_forms). */
    @Parameter(property = "autogen.safeForms", defaultValue = "false")
    boolean safeForms;

    /** Write the first revision from what the live database has now, to adopt an existing database. */
    @Parameter(property = "autogen.baseline", defaultValue = "false")
    boolean baseline;

    /** Follow this revision instead of the single head: start a branch. */
    @Parameter(property = "autogen.head")
    String head;

    /** Print the revision it would write (its class, then its upgrade and downgrade SQL) and write nothing. */
    @Parameter(property = "autogen.sql", defaultValue = "false")
    boolean sql;

    /** Try the revision on the embedded database (upgrade, downgrade, upgrade, rolled back) before writing it. */
    @Parameter(property = "autogen.trial", defaultValue = "true")
    boolean trial;

    /**
     * Split what breaks the code running now into a contract revision, held back by {@code upgrade} until
     * {@code autogen.contract}, after an expand revision to apply before the new code is deployed.
     */
    @Parameter(property = "autogen.expandContract", defaultValue = "false")
    boolean expandContract;

    /** Likely renames: auto (the scored decision, as in CI) or never (drop + add); a build asks nobody. */
    @Parameter(property = "autogen.renames", defaultValue = "auto")
    String renames;

    @Override
    boolean readsEntities() {
        return !baseline;
    }

    @Override
    List<String> command() {
        var args = new ArrayList<>(List.of("revision", "--message", message, "--renames", renames));
        args.addAll(flag("--empty", empty));
        args.addAll(flag("--safe-forms", safeForms));
        args.addAll(flag("--baseline", baseline));
        args.addAll(flag("--sql", sql));
        args.addAll(flag("--no-trial", !trial));
        args.addAll(flag("--expand-contract", expandContract));
        args.addAll(optional("--head", head));
        return args;
    }
}
