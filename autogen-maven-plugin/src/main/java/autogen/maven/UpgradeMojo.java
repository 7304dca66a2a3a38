package autogen.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen upgrade}: applies the revisions up to the target, each in its own transaction. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends AutogenMojo {

    /** head, heads (every branch), +N, or a revision id or unique prefix. */
    @Parameter(property = "autogen.target", defaultValue = "head")
    String target;

    /** Apply contract revisions too (@Revision(contract = true)); without it, upgrade stops before the first one. */
    @Parameter(property = "autogen.contract", defaultValue = "false")
    boolean contract;

    @Override
    List<String> command() {
        return contract ? List.of("upgrade", target, "--contract") : List.of("upgrade", target);
    }
}
