package autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen history}: lists the revisions, newest first. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AutogenMojo {

    /** Also print each revision's class, creation time and steps. */
    @Parameter(property = "autogen.verbose", defaultValue = "false")
    boolean verbose;

    /** Only FROM to TO, both included (FROM:TO). */
    @Parameter(property = "autogen.range")
    String range;

    @Override
    List<String> command() {
        var args = new ArrayList<>(List.of("history"));
        args.addAll(flag("--verbose", verbose));
        args.addAll(optional("--rev-range", range));
        return args;
    }
}
