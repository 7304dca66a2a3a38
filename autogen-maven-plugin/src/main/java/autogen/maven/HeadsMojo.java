package autogen.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code autogen heads}: prints the revisions no other revision follows. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends AutogenMojo {

    @Override
    List<String> command() {
        return List.of("heads");
    }
}
