package autogen.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen check}: fails the build when the entities, the migrations and the database disagree, with the
 * report as the failure's message. Bound to {@code verify} by default, so that {@code mvn verify} fails on drift:
 * {@code <execution><goals><goal>check</goal></goals></execution>}. Run alone ({@code mvn autogen:check}), it reads
 * the classes as last compiled: {@code mvn compile autogen:check} after an entity edit.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AutogenMojo {

    /** text, json (for tools) or github (workflow annotations for GitHub Actions). */
    @Parameter(property = "autogen.format", defaultValue = "text")
    String format;

    /** db, migrations or both (the history against the live database too); see the README's check. */
    @Parameter(property = "autogen.against", defaultValue = "db")
    String against;

    /** Under each difference, what each side has and the rules applied to both. */
    @Parameter(property = "autogen.explain", defaultValue = "false")
    boolean explain;

    @Override
    boolean readsEntities() {
        return true;
    }

    @Override
    boolean reportsVerdict() {
        return true;
    }

    @Override
    boolean reportsRaw() {
        return format.equals("github");
    }

    @Override
    List<String> command() {
        // Maven's log is not a terminal, whatever the console: no colour escapes in it
        var args = new java.util.ArrayList<>(List.of("check", "--format", format, "--color", "never", "--against", against));
        if (explain) args.add("--explain");
        return args;
    }
}
