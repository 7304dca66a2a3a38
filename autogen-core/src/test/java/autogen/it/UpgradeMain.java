package autogen.it;

import autogen.Autogen;
import autogen.config.AutogenConfig;
import autogen.inspect.EntityInspector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code upgrade head} in a process of its own, for tests that kill it: args url, user, password, migrations folder. */
public final class UpgradeMain {

    private UpgradeMain() {}

    public static void main(String[] args) {
        var config = new AutogenConfig(Optional.of(args[0]), Optional.of(args[1]), Optional.of(args[2]), "public", List.of(),
                List.of(), Path.of(args[3]), "test.migrations", "autogen_version", Optional.empty(), List.of(), Map.of(),
                Optional.empty(), false, "10min", false, "UTC");
        new Autogen(config, EntityInspector.forClasses(List.of()), Clock.systemUTC())
                .upgrade("head", m -> System.out.println("applied " + m.id()));
    }
}
