package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the jar says about itself, no database needed. */
class CommandLineIT {

    @TempDir
    Path directory;

    @Test
    void versionIsThePomsWithTheJavaRuntime() {
        var run = CliProcess.run(directory, "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // failsafe passes the pom's version as autogen.version (autogen-cli/pom.xml)
        assertThat(run.out()).startsWith("autogen " + System.getProperty("autogen.version") + "\nJava "
                + Runtime.version() + " (");
        assertThat(System.getProperty("autogen.version")).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
