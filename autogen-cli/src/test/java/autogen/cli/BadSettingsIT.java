package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A setting with a value autogen cannot use is a configuration error (exit 2) naming the key and how to fix it,
 * found when the file is read: before any connection, so the url here points where nothing listens.
 */
class BadSettingsIT {

    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lock_wait=forever|error: lock_wait is forever: use a duration such as 30s, 10min or 1h (in autogen.properties)",
            "lock_timeout=5 seconds|error: lock_timeout is 5 seconds: use a duration such as 30s, 10min or 1h (in autogen.properties)",
            "safe_forms=yes|error: safe_forms is yes: use true or false (in autogen.properties)",
            "transaction_per=statement|error: transaction_per is statement: use revision (the default) or run (in autogen.properties)"})
    void isAConfigurationErrorBeforeAnyConnection(String setting, String message) throws IOException {
        Files.writeString(project.resolve("autogen.properties"), "url=jdbc:postgresql://127.0.0.1:1/nothing\n" + setting
                + "\nentities=app\nmigrations.package=app.migrations\nmigrations.dir=migrations\n");
        CliProcess r = CliProcess.run(project, "upgrade", "head");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo(message + "\n");
    }
}
