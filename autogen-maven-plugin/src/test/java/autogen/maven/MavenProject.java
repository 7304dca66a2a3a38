package autogen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of a project under src/test/projects, built by a real Maven (the one running this build) as a child
 * process. Its local repository is target/it-repo, where invoker:install put this plugin and what it needs from
 * the reactor; the build's own local repository serves as a remote for everything else, so nothing is downloaded
 * twice, and Maven Central stays behind it for what neither has.
 */
final class MavenProject {

    record Run(int exitCode, String log) {}

    final Path dir;

    private MavenProject(Path dir) {
        this.dir = dir;
    }

    /** {@code name} copied into {@code parent}, with {@code @autogen.version@} replaced by the version under test. */
    static MavenProject copy(String name, Path parent) {
        Path source = Path.of("src/test/projects", name);
        Path target = parent.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(to);
                else Files.writeString(to, Files.readString(file).replace("@autogen.version@", System.getProperty("autogen.version")));
            }
            Files.writeString(target.resolve("it-settings.xml"), settings(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MavenProject(target);
    }

    Path file(String path) {
        return dir.resolve(path);
    }

    /** {@code mvn -B ARGS} in the project; the log is stdout and stderr together, as a user sees them. */
    Run mvn(String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B",
                "-s", "it-settings.xml", "-Dmaven.repo.local=" + System.getProperty("autogen.it.repo")));
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

    private static String settings() {
        String userRepo = Path.of(System.getProperty("autogen.user.repo")).toUri().toString();
        String repository = "<id>build-repo</id><url>" + userRepo + "</url><releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots>";
        return "<settings><profiles><profile><id>build-repo</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>build-repo</activeProfile></activeProfiles></settings>\n";
    }
}
