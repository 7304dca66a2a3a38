package autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen current}: prints the revisions applied to the database. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends AutogenMojo {

    /** Also print each applied head's message and creation, and whether it is a head of the history. */
    @Parameter(property = "autogen.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    List<String> command() {
        var args = new ArrayList<>(List.of("current"));
        args.addAll(flag("--verbose", verbose));
        return args;
    }
}
