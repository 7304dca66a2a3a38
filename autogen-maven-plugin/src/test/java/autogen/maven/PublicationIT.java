package autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication round trip: this build deployed its artifacts to a file repository (target/publication-repo,
 * before the integration tests), as a release deploys them to a remote one; a project of a stranger's, with an
 * empty local repository, resolves autogen-runtime and the plugin from there by their coordinates, writes a
 * revision, compiles it and passes check.
 */
class PublicationIT {

    static final Path PUBLISHED = Path.of(System.getProperty("autogen.publication.repo"));
    static final String VERSION = System.getProperty("autogen.version");

    @TempDir
    Path work;

    @Test
    void whatIsPublishedIsWhatThisBuildMade() throws IOException {
        Path built = Path.of("../autogen-runtime/target/autogen-runtime-" + VERSION + ".jar");
        Path published = newest(PUBLISHED.resolve("io/autogen/autogen-runtime/" + VERSION), ".jar", "-sources.jar", "-javadoc.jar");
        assertThat(Files.mismatch(built, published)).as("the deployed " + published + " is this build's " + built
                + " (a build with -Dautogen.publication.skip=true, as offline ones need, deploys nothing)").isEqualTo(-1L);
    }

    @Test
    void everyPublishedModuleCarriesItsPomMetadataSourcesAndJavadoc() throws IOException {
        for (String module : new String[] {"autogen-runtime", "autogen-core", "autogen-cli", "autogen-spring-boot-starter", "autogen-maven-plugin"}) {
            Path dir = PUBLISHED.resolve("io/autogen/" + module + "/" + VERSION);
            assertThat(dir.resolve("maven-metadata.xml")).as(module).exists();
            try (Stream<Path> files = Files.list(dir)) {
                var names = files.map(f -> f.getFileName().toString()).toList();
                assertThat(names).as(module).anyMatch(n -> n.endsWith("-sources.jar")).anyMatch(n -> n.endsWith("-javadoc.jar"));
                String pom = Files.readString(dir.resolve(names.stream().filter(n -> n.endsWith(".pom")).findFirst().orElseThrow()));
                assertThat(pom).as(module).contains("<artifactId>" + module + "</artifactId>").contains("<description>");
            }
        }
        String parent = Files.readString(newest(PUBLISHED.resolve("io/autogen/autogen-parent/" + VERSION), ".pom"));
        assertThat(parent).contains("<licenses>").contains("Apache License, Version 2.0").contains("<scm>")
                .contains("<developers>").contains("<url>");
    }

    @Test
    void aFreshProjectResolvesTheRuntimeAndThePluginByCoordinates() throws IOException {
        var stranger = MavenProject.resolvingFrom(PUBLISHED, "shop", work);

        var revision = stranger.mvn("autogen:revision", "-Dautogen.message=create customer");
        assertThat(revision.exitCode()).as(revision.log()).isZero();
        assertThat(revision.log()).contains("from published: " + PUBLISHED.toUri()).containsPattern("Wrote .*_CreateCustomer\\.java");

        var verify = stranger.mvn("verify");
        assertThat(verify.exitCode()).as(verify.log()).isZero();
        assertThat(verify.log()).contains("clean: no drift");
    }

    /** The newest file of {@code dir} ending with {@code suffix} and none of {@code excluded}: timestamps sort. */
    private static Path newest(Path dir, String suffix, String... excluded) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix))
                    .filter(f -> java.util.Arrays.stream(excluded).noneMatch(f.toString()::endsWith))
                    .sorted().reduce((a, b) -> b).orElseThrow();
        }
    }
}
