package autogen.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** The completion script is generated from the command model, so it knows every command and option there is. */
@Command(name = "completion", description = "Print a bash completion script for autogen (zsh reads it too, "
        + "through bashcompinit).",
        footerHeading = "%nExample:%n", footer = "  source <(autogen completion)    # in ~/.bashrc or ~/.zshrc")
final class CompletionCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        root.out().print(AutoComplete.bash("autogen", root.spec.commandLine()));
        return ExitCodes.OK;
    }
}
