package autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen merge}: writes an empty revision that joins branches. */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends AutogenMojo {

    /** What the merge joins: the class's Javadoc and name. */
    @Parameter(property = "autogen.message", required = true)
    String message;

    /** heads for every head of the history, or two or more revisions (comma separated). */
    @Parameter(property = "autogen.revisions", defaultValue = "heads")
    String revisions;

    @Override
    List<String> command() {
        var args = new ArrayList<>(List.of("merge", "--message", message));
        args.addAll(values(revisions));
        return args;
    }
}
