package autogen.cli;

import autogen.ConfigurationException;
import autogen.config.AutogenConfig;
import autogen.inspect.EntityPackages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", description = {"Write autogen.properties and the migrations folder into DIR, to start a project. "
        + "In a Maven project already compiled, the entity packages come from the @Entity classes in target/classes, "
        + "and the migrations package is beside them. An existing autogen.properties is never overwritten."},
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
        List<String> packages = EntityPackages.in(dir.resolve(CLASSES));
        Files.writeString(config, properties(packages), StandardCharsets.UTF_8);
        Path migrations = AutogenConfig.load(config, java.util.Map.of()).migrationsDir();
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("README.md"), template("migrations-README.md"), StandardCharsets.UTF_8);
        root.out().println("Wrote " + config + " and " + migrations + (packages.isEmpty()
                ? ": no @Entity classes in " + CLASSES + " (build the project first, e.g. `mvn compile`, and run init again), "
                        + "so set entities and classpath by hand, then run `autogen revision -m \"initial\"`."
                : ": the entities of " + String.join(", ", packages) + ", the migrations in "
                        + EntityPackages.migrationsPackage(packages) + "; check the file, then run `autogen revision -m \"initial\"`."));
        return ExitCodes.OK;
    }

    /** Where a Maven project's compiled classes are, and what init reads for entities. */
    private static final String CLASSES = "target/classes";

    /** The template, with the entity packages found and the migrations package beside them, when there are any. */
    private static String properties(List<String> packages) throws IOException {
        String text = template("autogen.properties");
        if (packages.isEmpty()) return text;
        String migrations = EntityPackages.migrationsPackage(packages);
        return text.replace("entities=com.example.app\n", "entities=" + String.join(",", packages) + "\n")
                .replace("migrations.package=com.example.app.migrations\n", "migrations.package=" + migrations + "\n")
                .replace("migrations.dir=src/main/java/com/example/app/migrations\n",
                        "migrations.dir=src/main/java/" + migrations.replace('.', '/') + "\n");
    }

    private static String template(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("/autogen/templates/" + name)) {
            if (in == null) throw new ConfigurationException("autogen is built without templates/" + name + ": rebuild it");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
