package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar runs as a process of its own: what a user runs, not the engine in the test's JVM. */
class CliProcessIT {

    @TempDir
    Path directory;

    @Test
    void withoutConfigurationTheJarSaysWhatToDoAndExitsWithTheUsageCode() {
        var run = CliProcess.run(directory, "current");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: no configuration file").contains("autogen init").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
