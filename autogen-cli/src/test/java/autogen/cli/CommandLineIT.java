package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the jar says about itself, no database needed: version, help, completion, where the global options may go. */
class CommandLineIT {

    static final List<String> COMMANDS = List.of("init", "revision", "upgrade", "downgrade", "current", "history", "show",
            "heads", "merge", "stamp", "check", "lint", "index", "completion");

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"init", "revision", "upgrade", "downgrade", "current", "history", "show", "heads", "merge",
            "stamp", "check", "lint", "index", "completion"})
    void everyCommandHasHelpWithItsOptionsAndAnExample(String command) {
        // SmokeIT runs `COMMAND --help`: the same text
        var help = CliProcess.run(directory, command, "-h");
        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: autogen " + command + " ").contains("-h, --help", "-C=DIR",
                "--config=FILE", "--url=JDBC", "--debug", "\nExample:\n  ");
        assertThat(CliProcess.run(directory, "help", command).out()).isEqualTo(help.out());
    }

    @Test
    void theTopLevelHelpListsEveryCommandAndTheExitCodes() {
        var help = CliProcess.run(directory, "--help");
        assertThat(help.exitCode()).isZero();
        for (String command : COMMANDS) assertThat(help.out()).containsPattern("\n  " + command + " +\\S");
        assertThat(help.out()).contains("\nExit codes:\n  0   ok\n", "\n  3   database or migration error, an unknown or "
                + "ambiguous revision among them\n", "\nExample:\n");
        assertThat(CliProcess.run(directory, "help").out()).isEqualTo(help.out());
    }

    @Test
    void completionPrintsABashScriptForEveryCommandThatBashAccepts() throws Exception {
        var run = CliProcess.run(directory, "completion");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_autogen");
        for (String command : COMMANDS) assertThat(run.out()).as(command).containsPattern("\\b" + command + "\\b");
        assertThat(run.out()).contains("--renames", "--format", "--color", "--idempotent");

        Path script = directory.resolve("autogen-completion.bash");
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        var bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
    }

    @Test
    void globalOptionsWorkAfterTheCommandToo() throws IOException {
        Path project = Files.createDirectories(directory.resolve("project"));
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        Path elsewhere = Files.createDirectories(directory.resolve("elsewhere"));

        var before = CliProcess.run(elsewhere, "-C", project.toString(), "history");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).isEqualTo("No revisions yet: run `autogen revision -m MESSAGE`.\n");
        var after = CliProcess.run(elsewhere, "history", "-C", project.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo(before.out());
        var config = CliProcess.run(elsewhere, "history", "--config", project.resolve("autogen.properties").toString());
        assertThat(config.out()).isEqualTo(before.out());

        // --url and --debug after the command reach the configuration: a url of the wrong scheme, named as given by --url
        var url = CliProcess.run(elsewhere, "current", "-C", project.toString(), "--url", "jdbc:mysql://localhost/x", "--debug");
        assertThat(url.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(url.err()).contains("error: ").contains("(from --url)").contains("\tat ");
    }
}
