package autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as a user meets it: a project of its own (src/test/projects/shop, with a Spring Data entity listener
 * from a dependency) built by real Maven runs, one step after the other: revision writes the class, the project
 * compiles against autogen-runtime alone and check (bound to verify) passes, an entity edit fails the build with
 * the diff, and upgrade, current, sql and downgrade work on a live database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class MavenPluginIT {

    @TempDir
    static Path work;

    MavenProject shop;
    EmbeddedPostgres live;

    @BeforeAll
    void start() throws IOException {
        shop = MavenProject.copy("shop", work);
        live = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stop() throws IOException {
        if (live != null) live.close();
    }

    String liveUrl() {
        return "-Dautogen.url=jdbc:postgresql://localhost:" + live.getPort() + "/postgres";
    }

    @Test
    @Order(1)
    void revisionCompilesTheProjectAndWritesTheMigrationClassAndTheIndex() throws IOException {
        var run = shop.mvn("autogen:revision", "-Dautogen.message=create customer");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("BUILD SUCCESS").containsPattern("Wrote .*V\\d{8}_\\d{6}_CreateCustomer\\.java")
                .contains("op.createTable(\"customer\"").contains("column(\"createdat\", \"timestamp(6) with time zone\")")
                // the embedded server's own output stays out of the build's log
                .doesNotContain("database system is ready");
        assertThat(migrations()).singleElement().asString().matches(".*V\\d{8}_\\d{6}_CreateCustomer\\.java");
        assertThat(shop.file("src/main/resources/com/example/shop/migrations/autogen-migrations.idx")).exists();
    }

    @Test
    @Order(2)
    void theGeneratedMigrationCompilesAgainstTheRuntimeAndCheckPassesInVerify() {
        var run = shop.mvn("verify");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("autogen-maven-plugin:" + System.getProperty("autogen.version") + ":check")
                .contains("clean: no drift");
        assertThat(shop.file("target/classes/com/example/shop/migrations")).isDirectoryContaining("glob:**/V*_CreateCustomer.class");
    }

    @Test
    @Order(3)
    void lookingAtTheHistoryNeedsNoDatabase() {
        var run = shop.mvn("autogen:history", "autogen:heads", "autogen:lint");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("create customer").contains("(head)");
    }

    @Test
    @Order(4)
    void anEntityEditFailsVerifyWithTheDiffAndHowToFixItTheMavenWay() throws IOException {
        Path customer = shop.file("src/main/java/com/example/shop/Customer.java");
        Files.writeString(customer, Files.readString(customer).replace("Instant createdAt;", "Instant createdAt;\n    String email;"));

        var run = shop.mvn("verify");

        assertThat(run.exitCode()).isOne();
        assertThat(run.log()).contains("BUILD FAILURE").contains("table customer (com.example.shop.Customer)")
                .contains("+ op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"))")
                .contains("`mvn autogen:revision -Dautogen.message=MESSAGE`")
                // no colour in Maven's log (Maven's own console reset is no colour)
                .doesNotContainPattern("\u001b\\[(1|3\\d)m");
    }

    @Test
    @Order(5)
    void inGithubFormatTheAnnotationsStartTheirLinesAndPointAtTheEntity() {
        var run = shop.mvn("-q", "verify", "-Dautogen.format=github");

        assertThat(run.exitCode()).isOne();
        assertThat(run.log()).containsPattern("(?m)^::error file=src/main/java/com/example/shop/Customer\\.java,line=\\d+,"
                + "title=autogen check::.*email");
    }

    @Test
    @Order(6)
    void upgradeAndCurrentOnALiveDatabase() throws SQLException {
        var run = shop.mvn(liveUrl(), "-Dautogen.user=postgres", "autogen:upgrade", "autogen:current");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(tables()).contains("customer", "autogen_version");
        String revision = run.log().replaceAll("(?s).*applied ([0-9a-f]{12}) create customer.*", "$1");
        assertThat(run.log()).contains("[INFO] " + revision + "\n");
    }

    @Test
    @Order(7)
    void sqlWritesTheOfflineScriptToAFile() throws IOException {
        var run = shop.mvn("-q", "autogen:sql", "-Dautogen.output=target/upgrade.sql");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(Files.readString(shop.file("target/upgrade.sql"))).contains("CREATE TABLE customer").contains("COMMIT;");
    }

    @Test
    @Order(8)
    void downgradeToBaseOnTheLiveDatabase() throws SQLException {
        var run = shop.mvn(liveUrl(), "-Dautogen.user=postgres", "autogen:downgrade", "-Dautogen.target=base");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(tables()).doesNotContain("customer");
    }

    @Test
    @Order(9)
    void aBadSettingIsOneLineNamingWhereItCameFrom() {
        var run = shop.mvn("-q", "autogen:heads", "-Dautogen.lock_wait=forever");

        assertThat(run.exitCode()).isOne();
        assertThat(run.log()).contains("lock_wait is forever: use a duration such as 30s, 10min or 1h (in <settings>, -Dautogen.*)");
    }

    private List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(shop.file("src/main/java/com/example/shop/migrations"))) {
            return files.toList();
        }
    }

    private List<String> tables() throws SQLException {
        try (Connection c = live.getPostgresDatabase().getConnection();
                var rs = c.createStatement().executeQuery("select table_name from information_schema.tables where table_schema = 'public'")) {
            var names = new java.util.ArrayList<String>();
            while (rs.next()) names.add(rs.getString(1));
            return names;
        }
    }
}
