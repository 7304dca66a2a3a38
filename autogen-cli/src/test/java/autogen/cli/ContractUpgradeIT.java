package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade} holds a contract revision back until {@code --contract}, and says so. */
class ContractUpgradeIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    @Test
    void aContractRevisionWaitsForContract() throws IOException {
        var db = databases.create();
        CliDatabases.configure(project, "autogen.cli.fixtures.v1", "url=" + db.url(), "user=postgres");
        assertThat(run("revision", "-m", "customers").exitCode()).isZero();
        assertThat(run("revision", "--empty", "-m", "drop the old column").exitCode()).isZero();
        Path blank;
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            blank = files.filter(f -> f.toString().endsWith("_DropTheOldColumn.java")).findFirst().orElseThrow();
        }
        Files.writeString(blank, Files.readString(blank).replace("message = \"drop the old column\"",
                "message = \"drop the old column\", contract = true"));

        var held = run("-q", "upgrade", "head");
        assertThat(held.exitCode()).as(held.all()).isZero();
        assertThat(held.out()).startsWith("Applied ").contains("customers\nHeld back ")
                .contains("a contract revision, and what follows it").contains("`autogen upgrade head --contract`");
        assertThat(run("-q", "upgrade", "head").out()).startsWith("Held back ");

        var contracted = run("-q", "upgrade", "head", "--contract");
        assertThat(contracted.exitCode()).as(contracted.all()).isZero();
        assertThat(contracted.out()).startsWith("Applied ").contains("drop the old column").doesNotContain("Held back");
        assertThat(run("-q", "check").exitCode()).isZero();
    }
}
