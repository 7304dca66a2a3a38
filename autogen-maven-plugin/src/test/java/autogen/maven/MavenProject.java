package autogen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of a project under src/test/projects, built by a real Maven (the one running this build) as a child
 * process. Its local repository is target/it-repo, where invoker:install put this plugin and what it needs from
 * the reactor (or, for {@link #resolvingFrom}, an empty one); the build's own local repository serves as a remote
 * for everything else, so nothing is downloaded twice, and Maven Central stays behind it for what neither has.
 */
final class MavenProject {

    record Run(int exitCode, String log) {}

    final Path dir;
    private final Path localRepository;

    private MavenProject(Path dir, Path localRepository) {
        this.dir = dir;
        this.localRepository = localRepository;
    }

    /** {@code name} copied into {@code parent}, with {@code @autogen.version@} replaced by the version under test. */
    static MavenProject copy(String name, Path parent) {
        Path target = copyFiles(name, parent);
        writeSettings(target, Map.of());
        return new MavenProject(target, Path.of(System.getProperty("autogen.it.repo")));
    }

    /**
     * {@code name} copied into {@code parent} as a stranger's project: an empty local repository of its own, autogen's
     * artifacts (snapshots) only from the remote repository {@code published}, where this build deployed them.
     */
    static MavenProject resolvingFrom(Path published, String name, Path parent) throws IOException {
        Path target = copyFiles(name, parent);
        writeSettings(target, Map.of("published", published));
        return new MavenProject(target, Files.createDirectories(parent.resolve("empty-local-repo")));
    }

    private static Path copyFiles(String name, Path parent) {
        Path source = Path.of("src/test/projects", name);
        Path target = parent.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(to);
                else Files.writeString(to, Files.readString(file).replace("@autogen.version@", System.getProperty("autogen.version")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    Path file(String path) {
        return dir.resolve(path);
    }

    /** {@code mvn -B ARGS} in the project; the log is stdout and stderr together, as a user sees them. */
    Run mvn(String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B",
                "-s", "it-settings.xml", "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("mvn", ".log");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in 5 minutes:\n" + Files.readString(log));
            }
            String text = Files.readString(log);
            Files.delete(log);
            return new Run(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The build's own local repository as a remote for releases (nothing downloaded twice, Maven Central behind it),
     * and {@code snapshots}' repositories as remotes for snapshots.
     */
    private static void writeSettings(Path project, Map<String, Path> snapshots) {
        var repositories = new StringBuilder(repository("build-repo", Path.of(System.getProperty("autogen.user.repo")), false));
        snapshots.forEach((id, path) -> repositories.append(repository(id, path, true)));
        String settings = "<settings><profiles><profile><id>it</id>"
                + "<repositories>" + repositories.toString().replace("<x>", "<repository>").replace("</x>", "</repository>") + "</repositories>"
                + "<pluginRepositories>" + repositories.toString().replace("<x>", "<pluginRepository>").replace("</x>", "</pluginRepository>")
                + "</pluginRepositories></profile></profiles><activeProfiles><activeProfile>it</activeProfile></activeProfiles></settings>\n";
        try {
            Files.writeString(project.resolve("it-settings.xml"), settings, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String repository(String id, Path path, boolean snapshots) {
        return "<x><id>" + id + "</id><url>" + path.toUri() + "</url>"
                + "<releases><enabled>" + !snapshots + "</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>" + snapshots + "</enabled><updatePolicy>always</updatePolicy></snapshots></x>";
    }
}
