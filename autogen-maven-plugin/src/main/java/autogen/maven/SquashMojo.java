package autogen.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen squash}: writes one revision standing for a range of revisions, which stay for databases inside it. */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SquashMojo extends AutogenMojo {

    /** What the squash holds: the class's Javadoc and name. */
    @Parameter(property = "autogen.message", required = true)
    String message;

    /** The range, {@code FROM:TO}: the first and the last revision it replaces. */
    @Parameter(property = "autogen.range", required = true)
    String range;

    @Override
    List<String> command() {
        return List.of("squash", range, "--message", message);
    }
}
