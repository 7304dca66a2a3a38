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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", description = {"Write autogen.properties and the migrations folder into DIR, to start a project. "
        + "In a Maven project already compiled, the entity packages come from the @Entity classes in target/classes, "
        + "and the migrations package is beside them. An existing autogen.properties is never overwritten. With --maven, "
        + "print the autogen-maven-plugin configuration to paste into the pom instead."},
        footerHeading = "%nExample:%n", footer = {"  autogen init my-app", "  autogen init --maven"})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder, created if missing, "
            + "relative to -C DIR (default: the working directory).")
    Path target;

    @Option(names = "--maven", description = "In a Maven project (DIR/pom.xml): print the dependency and the plugin "
            + "configuration for the pom, and write the migrations folder; no autogen.properties (default: off).")
    boolean maven;

    @Override
    public Integer call() throws IOException {
        Path dir = root.workingDirectory().resolve(target == null ? Path.of("") : target);
        if (maven) return mavenSnippet(dir);
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

    /**
     * The pom's additions, printed rather than written: a pom is the user's, formatted their way. The plugin finds the
     * entities itself (the packages of the @Entity classes it compiles); the migrations package is what it needs.
     */
    private int mavenSnippet(Path dir) throws IOException {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom))
            throw new ConfigurationException("no pom.xml in " + dir.toAbsolutePath().normalize() + ": run init --maven in a "
                    + "Maven project's folder, or init without --maven to write autogen.properties");
        if (Files.readString(pom).contains("<artifactId>autogen-maven-plugin</artifactId>"))
            throw new ConfigurationException(pom + " already has autogen-maven-plugin: edit its configuration there");
        List<String> packages = EntityPackages.in(dir.resolve(CLASSES));
        String migrations = packages.isEmpty() ? "com.example.app.migrations" : EntityPackages.migrationsPackage(packages);
        Path folder = dir.resolve("src/main/java/" + migrations.replace('.', '/'));
        if (!packages.isEmpty() && !Files.exists(folder.resolve("README.md"))) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("README.md"), template("migrations-README.md"), StandardCharsets.UTF_8);
        }
        String version = VersionProvider.version();
        var out = root.out();
        out.println(packages.isEmpty()
                ? "<!-- no @Entity classes in " + CLASSES + " yet (run `mvn compile` and init --maven again): set the package "
                        + "of the migrations below -->"
                : "<!-- the entities of " + String.join(", ", packages) + "; the migrations beside them, in " + folder + " -->");
        out.println("""
                <!-- in <dependencies>: what the application applies its migrations with -->
                <dependency>
                  <groupId>io.autogen</groupId>
                  <artifactId>autogen-runtime</artifactId>
                  <version>%1$s</version>
                </dependency>

                <!-- in <build><plugins>: mvn autogen:revision -Dautogen.message="...", and mvn verify fails on drift -->
                <plugin>
                  <groupId>io.autogen</groupId>
                  <artifactId>autogen-maven-plugin</artifactId>
                  <version>%1$s</version>
                  <configuration>
                    <settings>
                      <migrations.package>%2$s</migrations.package>
                    </settings>
                  </configuration>
                  <executions>
                    <execution><goals><goal>check</goal></goals></execution>
                  </executions>
                </plugin>""".formatted(version, migrations));
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
