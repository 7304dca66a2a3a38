package autogen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen upgrade --sql} (or {@code downgrade --sql}): writes the script the run would execute to a file,
 * connecting to nothing, for a DBA to review and apply.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends AutogenMojo {

    /** FROM:TO, or TO from base (upgrade); FROM:TO for a downgrade. */
    @Parameter(property = "autogen.range", defaultValue = "head")
    String range;

    /** Write the downgrade script instead of the upgrade one. */
    @Parameter(property = "autogen.downgrade", defaultValue = "false")
    boolean downgrade;

    /** Guard each revision with a check of the version table, so the script can run twice. */
    @Parameter(property = "autogen.idempotent", defaultValue = "false")
    boolean idempotent;

    /** The file the script is written to. */
    @Parameter(property = "autogen.output", defaultValue = "${project.build.directory}/autogen/migration.sql")
    java.io.File output;

    private final StringBuilder script = new StringBuilder();

    @Override
    Consumer<String> output() {
        return line -> script.append(line).append('\n');
    }

    @Override
    void succeeded() throws MojoExecutionException {
        Path file = output.toPath();
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + file + " (" + script.toString().lines().count() + " lines)");
    }

    @Override
    List<String> command() {
        var args = new ArrayList<>(List.of(downgrade ? "downgrade" : "upgrade", "--sql", range));
        args.addAll(flag("--idempotent", idempotent));
        return args;
    }
}
