package autogen.cli;

import autogen.render.DiffPrinter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = "Exit 0 when entities, migrations and database agree; exit 1 with the difference when not.",
        footerHeading = "%nExample:%n", footer = "  autogen check --format json")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text, or json for tools (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        var result = root.autogen().check();
        var out = root.out();
        if (format == Format.json) {
            out.print(DiffPrinter.json(result.pendingRevisions(), result.edited(), result.drift()));
            return result.clean() ? ExitCodes.OK : ExitCodes.DRIFT;
        }
        result.edited().forEach(out::println);
        if (!result.pendingRevisions().isEmpty()) {
            out.println(result.database() + " is not at the head of the history; pending revisions:");
            result.pendingRevisions().forEach(r -> out.println("  " + r));
            out.println("Run `autogen upgrade head`.");
        } else if (!result.drift().isEmpty()) {
            out.println("The entities differ from " + result.database() + " at the head of the history:");
            out.print(DiffPrinter.text(result.drift()));
            out.println("Run `autogen revision -m MESSAGE` to write a migration for this.");
        } else if (result.edited().isEmpty()) {
            out.println("No drift: the entities, the migrations and " + result.database() + " agree.");
        }
        return result.clean() ? ExitCodes.OK : ExitCodes.DRIFT;
    }
}
