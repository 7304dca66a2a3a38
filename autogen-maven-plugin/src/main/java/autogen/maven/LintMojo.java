package autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen lint}: fails the build when a revision destroys data or locks a table without saying so. */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LintMojo extends AutogenMojo {

    /** A revision id or unique prefix (default: every revision). */
    @Parameter(property = "autogen.revision")
    String revision;

    @Override
    boolean reportsVerdict() {
        return true;
    }

    @Override
    List<String> command() {
        var args = new ArrayList<>(List.of("lint"));
        if (revision != null && !revision.isBlank()) args.add(revision);
        return args;
    }
}
