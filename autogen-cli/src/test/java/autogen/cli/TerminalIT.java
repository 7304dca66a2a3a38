package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a terminal, {@code revision} asks about each likely rename without being told to (--renames ask is the default
 * when System.console() is there): the jar run on a pseudo-terminal by util-linux {@code script}, the answer typed on
 * it. The embedded default database, no server of the test's own.
 */
class TerminalIT {

    @TempDir
    Path project;

    private static Path written(CliProcess run) {
        var wrote = Pattern.compile("Wrote (\\S+\\.java)").matcher(run.out());
        assertThat(wrote.find()).as(run.out()).isTrue();
        return Path.of(wrote.group(1));
    }

    @Test
    void theRenameQuestionIsAskedOnATerminalAndItsAnswerTaken() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        var initial = CliProcess.run(project, "revision", "-m", "initial");
        assertThat(initial.exitCode()).as(initial.all()).isZero();
        CliDatabases.configure(project, "autogen.cli.fixtures.v3");

        var yes = CliProcess.onATerminal(project, Map.of(), "y\n", "revision", "-m", "rename");
        assertThat(yes.exitCode()).as(yes.all()).isZero();
        assertThat(yes.out()).contains("Did you rename customer.name to customer.full_name (varchar(255))? [y/N] ")
                .contains("op.renameColumn(\"customer\", \"name\", \"full_name\")");
        Path renamed = written(yes);
        assertThat(Files.readString(renamed)).contains("// likely rename of customer.name to customer.full_name")
                .contains("op.renameColumn(\"customer\", \"name\", \"full_name\");");
        Files.delete(renamed);

        // "n" on the terminal overrules the score, which alone would take the rename (as it does without a terminal)
        var no = CliProcess.onATerminal(project, Map.of(), "n\n", "revision", "-m", "drop and add");
        assertThat(no.exitCode()).as(no.all()).isZero();
        assertThat(no.out()).contains("Did you rename customer.name to customer.full_name (varchar(255))? [y/N] ");
        assertThat(Files.readString(written(no))).doesNotContain("op.renameColumn")
                .contains("op.dropColumn(\"customer\", \"name\")");
    }
}
