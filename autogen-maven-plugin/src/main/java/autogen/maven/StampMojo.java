package autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen stamp}: writes the version table as if the targets were applied, running nothing. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends AutogenMojo {

    /** head, heads, base, or revision ids or unique prefixes (comma separated). */
    @Parameter(property = "autogen.target", required = true)
    String target;

    /** Also replace rows naming revisions the migration history does not have. */
    @Parameter(property = "autogen.purge", defaultValue = "false")
    boolean purge;

    @Override
    List<String> command() {
        var args = new ArrayList<>(List.of("stamp"));
        args.addAll(flag("--purge", purge));
        args.addAll(values(target));
        return args;
    }
}
