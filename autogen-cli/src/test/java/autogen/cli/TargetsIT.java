package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several targets sharing one history ({@code targets}, {@code target.NAME.*}): upgrade, current and check on each,
 * one line per target and a summary; a target that fails neither stops nor touches the others.
 */
class TargetsIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    @Test
    void aFailingTargetLeavesTheOthersMigratedAndSaysWhy() {
        var a = databases.create();
        var b = databases.create();
        var c = databases.create();
        b.execute("CREATE TABLE customer (id bigint)");   // what the history creates, made by hand: b's upgrade fails
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        assertThat(run("revision", "-m", "customers").exitCode()).isZero();
        CliDatabases.configure(project, "autogen.cli.fixtures.v1", "user=postgres", "targets=a, b, c", "parallel=2",
                "target.a.url=" + a.url(), "target.b.url=" + b.url(), "target.c.url=" + c.url());

        var upgrade = run("-q", "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.all()).isEqualTo(ExitCodes.DATABASE_OR_MIGRATION);
        var lines = upgrade.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("a: applied 1 revision(s), at ");
        assertThat(lines.get(1)).startsWith("b: error: revision ").contains("relation \"customer\" already exists");
        assertThat(lines.get(2)).startsWith("c: applied 1 revision(s), at ");
        assertThat(lines.get(3)).isEqualTo("3 targets: 2 ok, 1 failed");

        var current = run("-q", "current");
        assertThat(current.out()).startsWith("a: " + lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1) + "\n")
                .contains("\nb: base (no revision applied)\n").endsWith("3 targets: 3 ok\n");

        var check = run("-q", "check");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DRIFT);
        assertThat(check.out()).contains("a: clean\n", "b: behind (`autogen --target b check` shows the report)\n", "c: clean\n",
                "3 targets: 2 ok, 1 with problems\n");
        var one = run("-q", "--target", "a", "check");
        assertThat(one.exitCode()).as(one.all()).isZero();
        assertThat(one.out()).startsWith("clean: no drift");

        var unknown = run("-q", "--target", "z", "check");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).hasLineCount(1).startsWith("error: no target z in autogen.properties");
    }
}
