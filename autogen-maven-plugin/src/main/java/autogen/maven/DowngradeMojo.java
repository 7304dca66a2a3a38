package autogen.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen downgrade}: undoes the revisions down to the target, each in its own transaction. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends AutogenMojo {

    /** -N (N revisions down), base (undo everything), or a revision id or unique prefix. */
    @Parameter(property = "autogen.target", required = true)
    String target;

    @Override
    List<String> command() {
        return List.of("downgrade", target);
    }
}
