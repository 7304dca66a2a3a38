package autogen.cli;

import autogen.ConfigurationException;
import autogen.config.AutogenConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", description = "Write autogen.properties and the migrations folder into DIR, to start a project.",
        footerHeading = "%nExample:%n", footer = "  autogen init my-app")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder, created if missing, "
            + "relative to -C DIR (default: the working directory).")
    Path target;

    @Override
    public Integer call() throws IOException {
        Path dir = root.workingDirectory().resolve(target == null ? Path.of("") : target);
        Path config = dir.resolve(AutogenConfig.FILE_NAME);
        if (Files.exists(config))
            throw new ConfigurationException(config + " already exists: edit it, or init another folder");
        Files.createDirectories(dir);
        Files.writeString(config, template("autogen.properties"), StandardCharsets.UTF_8);
        Path migrations = AutogenConfig.load(config, java.util.Map.of()).migrationsDir();
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("README.md"), template("migrations-README.md"), StandardCharsets.UTF_8);
        root.out().println("Wrote " + config + " and " + migrations + ": set entities and classpath, then run `autogen revision -m \"initial\"`.");
        return ExitCodes.OK;
    }

    private static String template(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("/autogen/templates/" + name)) {
            if (in == null) throw new ConfigurationException("autogen is built without templates/" + name + ": rebuild it");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
