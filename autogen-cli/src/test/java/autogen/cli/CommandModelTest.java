package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help a user reads is complete: every command describes itself and shows an example, every option and
 * parameter says what it does and its default. Read from the command model, which is what --help prints.
 */
class CommandModelTest {

    private static final CommandLine CLI = new CommandLine(new AutogenCommand());

    /** The commands of autogen, picocli's own {@code help} apart. */
    private static List<CommandSpec> commands() {
        var out = new ArrayList<CommandSpec>();
        out.add(CLI.getCommandSpec());
        CLI.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) out.add(sub.getCommandSpec());
        });
        return out;
    }

    @Test
    void everyCommandHasADescriptionAndAnExample() {
        assertThat(CLI.getSubcommands().keySet()).contains("init", "revision", "upgrade", "downgrade", "current", "history",
                "show", "heads", "merge", "stamp", "check", "lint", "completion", "help");
        for (CommandSpec command : commands()) {
            assertThat(String.join(" ", command.usageMessage().description())).as(command.qualifiedName()).isNotBlank();
            assertThat(command.usageMessage().footerHeading()).as(command.qualifiedName()).contains("Example:");
            String invocation = command == CLI.getCommandSpec() ? "autogen " : "autogen " + command.name();
            assertThat(command.usageMessage().footer()[0]).as(command.qualifiedName()).contains(invocation);
        }
    }

    @Test
    void everyOptionAndParameterSaysWhatItDoesAndItsDefault() {
        for (CommandSpec command : commands()) {
            var args = new ArrayList<ArgSpec>(command.options());
            args.addAll(command.positionalParameters());
            for (ArgSpec arg : args) {
                String name = command.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
                if (arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp())) continue;
                String description = String.join(" ", arg.description());
                assertThat(description).as(name).isNotBlank();
                assertThat(description).as(name + ": its default, or that it is required")
                        .containsAnyOf("default", "required");
            }
        }
    }

    @Test
    void everySubcommandTakesHelpAndTheGlobalOptions() {
        for (CommandSpec command : commands()) {
            if (command == CLI.getCommandSpec()) continue;
            for (String option : List.of("-h", "--help", "-C", "--config", "--url", "--debug"))
                assertThat(command.findOption(option)).as(command.qualifiedName() + " " + option).isNotNull();
        }
    }
}
