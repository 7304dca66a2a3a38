package autogen.it;

import autogen.tooling.Autogen;
import autogen.config.AutogenConfig;
import autogen.inspect.EntityInspector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code upgrade TARGET} or {@code downgrade TARGET} in a process of its own, for tests that kill it: args url, user,
 * password, migrations folder, then optionally the command and its target (default {@code upgrade head}). Prints
 * {@code ready} once the history is compiled and the run starts, and {@code applied ID} after each revision.
 */
public final class UpgradeMain {

    private UpgradeMain() {}

    public static void main(String[] args) {
        var config = new AutogenConfig(Optional.of(args[0]), Optional.of(args[1]), Optional.of(args[2]), "public", List.of(),
                List.of(), Path.of(args[3]), "test.migrations", "autogen_version", Optional.empty(), List.of(), Map.of(),
                Optional.empty(), false, "10min", false, "UTC", Optional.empty());
        String command = args.length > 4 ? args[4] : "upgrade";
        String target = args.length > 5 ? args[5] : "head";
        var autogen = new Autogen(config, EntityInspector.forClasses(List.of()), Clock.systemUTC());
        autogen.history();   // compile first, so that "ready" means the run itself begins
        System.out.println("ready");
        System.out.flush();
        if (command.equals("upgrade")) autogen.upgrade(target, m -> System.out.println("applied " + m.id()));
        else autogen.downgrade(target, m -> System.out.println("undone " + m.id()));
    }
}
