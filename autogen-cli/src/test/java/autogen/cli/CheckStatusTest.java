package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.tooling.Check.CheckResult;
import autogen.tooling.Check.CheckResult.Problem;
import autogen.ops.ExecuteSql;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What check --format json reports, also when several things are wrong at once: every problem, most serious first. */
class CheckStatusTest {

    @Test
    void nothingWrongIsClean() {
        var result = new CheckResult(List.of(), List.of(), "db", List.of(), java.util.Optional.empty());
        assertThat(result.clean()).isTrue();
        assertThat(result.status()).isEqualTo("clean");
        assertThat(CheckCommand.json(result)).isEqualTo("""
                {"status": "clean",
                 "problems": [],
                 "pendingRevisions": [],
                 "editedRevisions": [],
                 "drift": []}
                """);
    }

    @Test
    void anEditedRevisionComesBeforeTheDatabaseBeingBehind() {
        var result = new CheckResult(List.of(), List.of("b2 (add email)"), "db", List.of("revision a1 was edited"), java.util.Optional.empty());
        assertThat(result.problems()).containsExactly(Problem.EDITED, Problem.BEHIND);
        assertThat(result.status()).isEqualTo("edited");
        assertThat(CheckCommand.json(result)).isEqualTo("""
                {"status": "edited",
                 "problems": ["edited", "behind"],
                 "pendingRevisions": ["b2 (add email)"],
                 "editedRevisions": ["revision a1 was edited"],
                 "drift": []}
                """);
    }

    @Test
    void driftAloneIsDrift() {
        var result = new CheckResult(List.of(new ExecuteSql("SELECT 1")), List.of(), "db", List.of(), java.util.Optional.empty());
        assertThat(result.problems()).containsExactly(Problem.DRIFT);
        assertThat(CheckCommand.json(result)).startsWith("{\"status\": \"drift\",\n \"problems\": [\"drift\"],\n")
                .contains("\"drift\": [\n  {\"kind\": \"executeSql\", \"statement\": \"op.execute(\\\"SELECT 1\\\")\"}\n]}\n");
    }
}
