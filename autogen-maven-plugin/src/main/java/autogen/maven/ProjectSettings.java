package autogen.maven;

import autogen.config.AutogenConfig;
import autogen.inspect.EntityPackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * A project's autogen settings: the keys of autogen.properties, taken from the file in the base directory, then
 * the plugin's {@code <settings>}, then {@code -Dautogen.KEY}, each over the one before (the environment's
 * AUTOGEN_URL, AUTOGEN_USER and AUTOGEN_PASSWORD over all three, as in the CLI, but {@code -Dautogen.url}, which
 * is the CLI's --url). The entities are read from the project's compiled classes and its compile and runtime
 * dependencies; without an {@code entities} key, the packages of its {@code @Entity} classes.
 */
record ProjectSettings(Map<String, String> values, Path base, List<Path> classpath, Optional<String> url, String source) {

    static final String PREFIX = "autogen.";

    static ProjectSettings of(MavenProject project, Map<String, String> configured, Path file, Properties userProperties,
            Properties systemProperties, boolean readsEntities) throws MojoFailureException {
        var values = new LinkedHashMap<String, String>();
        var sources = new ArrayList<String>();
        if (Files.isRegularFile(file)) {
            values.putAll(AutogenConfig.read(file));
            sources.add(file.getFileName().toString());
        }
        if (configured != null && !configured.isEmpty()) {
            var unknown = new TreeSet<>(configured.keySet());
            unknown.removeIf(AutogenConfig::isSetting);
            if (!unknown.isEmpty())
                throw new MojoFailureException("unknown setting " + unknown + " in the autogen plugin's <settings>: use the "
                        + "keys of autogen.properties, such as <migrations.package>, <url> or <hibernate.physical_naming_strategy>");
            configured.forEach((key, value) -> values.put(key, value == null ? "" : value));
            sources.add("<settings>");
        }
        Optional<String> url = Optional.empty();
        for (Properties properties : List.of(systemProperties, userProperties))
            for (String name : properties.stringPropertyNames()) {
                String key = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : "";
                // other autogen.* properties are the goals' parameters (autogen.message, autogen.target)
                if (!AutogenConfig.isSetting(key)) continue;
                if (key.equals("url")) url = Optional.of(properties.getProperty(name));
                else values.put(key, properties.getProperty(name));
                if (!sources.contains("-D" + PREFIX + "*")) sources.add("-D" + PREFIX + "*");
            }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!values.containsKey("entities") || values.get("entities").isBlank()) {
            // the goals that do not compare read no entities, nor their class files: the migrations' package stands in
            List<String> found = readsEntities ? EntityPackages.in(classes) : List.of();
            if (found.isEmpty() && readsEntities)
                throw new MojoFailureException("no @Entity classes in " + project.getBasedir().toPath().relativize(classes)
                        + " and no entities setting: compile the project first (`mvn compile autogen:check`), or set "
                        + "<entities> in the plugin's <settings>");
            values.put("entities", found.isEmpty() ? values.getOrDefault("migrations.package", "") : String.join(",", found));
        }
        if (!values.containsKey("migrations.package") || values.get("migrations.package").isBlank()) {
            List<String> found = EntityPackages.in(classes);
            throw new MojoFailureException("migrations.package is not set: add <settings><migrations.package>"
                    + (found.isEmpty() ? "com.example.app.migrations" : EntityPackages.migrationsPackage(found))
                    + "</migrations.package></settings> to the autogen plugin (or migrations.package to autogen.properties, "
                    + "or -Dautogen.migrations.package)");
        }
        var classpath = new ArrayList<Path>();
        try {
            for (String element : project.getRuntimeClasspathElements()) classpath.add(Path.of(element));
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("the goal resolves runtime dependencies before it runs", e);
        }
        return new ProjectSettings(Map.copyOf(values), project.getBasedir().toPath(), List.copyOf(classpath), url,
                sources.isEmpty() ? "the autogen plugin's settings" : String.join(", ", sources));
    }

    /** The configuration, given the --url flag: the project's class path, then any classpath entries of the settings. */
    AutogenConfig config(Optional<String> urlFlag) {
        var config = AutogenConfig.of(values, base, source, System.getenv(), urlFlag);
        var entries = new java.util.LinkedHashSet<>(classpath);
        if (values.containsKey("classpath")) entries.addAll(config.classpath());
        return config.withClasspath(List.copyOf(entries));
    }
}
