package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a platform without embedded PostgreSQL binaries, the embedded default says, in one line, to set url. */
class UnsupportedPlatformIT {

    @TempDir
    Path project;

    @Test
    void aPlatformWithoutBinariesIsOneLineSayingToSetUrl() {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the JVM reports the architecture zonky's binary resolver looks up; no build ships one for ppc64le
        var run = CliProcess.exec(project, Map.of(), "", List.of(java, "-Dos.arch=ppc64le", "-jar", CliProcess.JAR.toString(),
                "-q", "check"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("error: no embedded PostgreSQL for " + System.getProperty("os.name") + " on ppc64le (there are binaries for Linux "
                + "and macOS on x86-64 and arm64, and Windows on x86-64, taken by the build on that platform): set url in "
                + "autogen.properties or AUTOGEN_URL to a PostgreSQL database of your own\n");
        assertThat(run.out()).isEmpty();
    }
}
