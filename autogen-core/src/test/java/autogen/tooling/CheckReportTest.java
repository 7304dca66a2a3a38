package autogen.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.config.AutogenConfig;
import autogen.model.Column;
import autogen.model.Sequence;
import autogen.ops.AddColumn;
import autogen.ops.CreateSequence;
import autogen.ops.DropColumn;
import autogen.ops.ExecuteSql;
import autogen.tooling.Check.CheckResult;
import autogen.tooling.Check.CheckResult.Edit;
import autogen.tooling.Check.CheckResult.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check reports, in each form, also when several things are wrong at once: every problem, most serious first.
 * CheckFormatsIT runs the same through the jar; these pin the details no database is needed for.
 */
class CheckReportTest {

    private static CheckResult result(List<autogen.ops.Operation> drift, List<String> pending, List<Edit> edited, List<String> heads) {
        return new CheckResult(drift, pending, "db", edited, Optional.empty(), heads, Map.of("customer", "shop.Customer"));
    }

    private static final AddColumn ADD_EMAIL = new AddColumn("customer", Column.of("email", "varchar(320)"));
    private static final DropColumn DROP_NOTE = new DropColumn("customer", "note", Optional.of(Column.of("note", "text")));
    private static final CreateSequence SEQUENCE = new CreateSequence(new Sequence("ticket_seq", 1, 50));

    @Test
    void nothingWrongIsClean() {
        var result = result(List.of(), List.of(), List.of(), List.of("a1"));
        assertThat(result.clean()).isTrue();
        assertThat(result.status()).isEqualTo("clean");
        assertThat(new CheckReport(result).json()).isEqualTo("""
                {"status": "clean",
                 "problems": [],
                 "pendingRevisions": [],
                 "editedRevisions": [],
                 "drift": [],
                 "heads": ["a1"],
                 "index": null,
                 "database": "db"}
                """);
        assertThat(new CheckReport(result).text(false)).isEqualTo("clean: no drift; the entities, the migrations and db agree.\n");
    }

    @Test
    void anEditedRevisionComesFirstThenSeveralHeadsThenTheDatabaseBeingBehind() {
        var result = result(List.of(), List.of("b2 (add email)"), List.of(new Edit("a1", "revision a1 was edited", Optional.empty())),
                List.of("b2", "c3"));
        assertThat(result.problems()).containsExactly(Problem.EDITED, Problem.HEADS, Problem.BEHIND);
        assertThat(result.status()).isEqualTo("edited");
        assertThat(new CheckReport(result).text(false)).isEqualTo("""
                edited: revision a1 was edited
                heads: the history has 2 heads (b2, c3): join them with `autogen merge -m "merge" heads`
                behind: db is not at the head of the history; pending revisions:
                  b2 (add email)
                Run `autogen upgrade heads`; the entities are compared with the database once it is at head.
                """);
        assertThat(new CheckReport(result).json()).startsWith("""
                {"status": "edited",
                 "problems": ["edited", "heads", "behind"],
                 "pendingRevisions": ["b2 (add email)"],
                 "editedRevisions": ["revision a1 was edited"],
                 "drift": [],
                 "heads": ["b2", "c3"],
                """);
    }

    @Test
    void driftIsGroupedByTableWithTheStepsOfNoTableLastAndColouredOnlyWhenAsked() {
        var report = new CheckReport(result(List.of(SEQUENCE, ADD_EMAIL, new ExecuteSql("SELECT 1"), DROP_NOTE), List.of(), List.of(),
                List.of("a1")));
        assertThat(report.text(false)).isEqualTo("""
                drift: the entities differ from db at the head of the history:
                  table customer (shop.Customer)
                    + op.addColumn("customer", column("email", "varchar(320)"))
                    - op.dropColumn("customer", "note")  AG102 destroys
                  not tied to one table
                    + op.createSequence(sequence("ticket_seq", 1, 50))
                    ~ op.execute("SELECT 1")  AG402 review
                Run `autogen revision -m MESSAGE` to write a migration for this.
                """);
        assertThat(report.text(true)).contains("\u001b[1;31mdrift:\u001b[0m", "  \u001b[1mtable customer (shop.Customer)\u001b[0m\n",
                "\u001b[32m+ op.addColumn(", "\u001b[31m- op.dropColumn(", "\u001b[33m~ op.execute(");
        assertThat(report.json()).contains("""
                  {"kind": "dropColumn", "statement": "op.dropColumn(\\"customer\\", \\"note\\")", "table": "customer", \
                "column": "note", "entity": "shop.Customer", "risk": "destroys", "destructive": true, "findings": ["AG102"]}""",
                """
                  {"kind": "createSequence", "statement": "op.createSequence(sequence(\\"ticket_seq\\", 1, 50))", "table": null, \
                "column": null, "entity": null, "risk": "safe", "destructive": false, "findings": []}""");
    }

    @Test
    void workflowCommandsEscapeTheirMessageAndProperties() {
        assertThat(CheckReport.data("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
        assertThat(CheckReport.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    }

    @Test
    void githubAnnotationsPointAtTheEntityFieldOrElseTheMigrationsFolder(@TempDir Path repository) throws IOException {
        Path sources = Files.createDirectories(repository.resolve("app/src/main/java"));
        Files.createDirectories(sources.resolve("shop/migrations"));
        Files.writeString(Files.createDirectories(sources.resolve("shop")).resolve("Customer.java"), """
                package shop;

                @Entity
                @Table(name = "customer")
                public class Customer {
                    @Id Long id;
                    @Column(name = "note") String remark;
                    @Column(length = 320) String email;
                }
                """);
        Path file = Files.writeString(repository.resolve("app/autogen.properties"),
                "entities=shop\nmigrations.package=shop.migrations\nmigrations.dir=src/main/java/shop/migrations\n");
        var config = AutogenConfig.load(file, Map.of());
        var orphan = new AddColumn("invoice", Column.of("total", "numeric"));
        var report = new CheckReport(result(List.of(ADD_EMAIL, DROP_NOTE, orphan), List.of(), List.of(), List.of("a1", "b2")));

        assertThat(report.github(config, repository)).isEqualTo("::error file=app/src/main/java/shop/migrations,"
                + "title=autogen check::heads: the history has 2 heads (a1, b2): join them with `autogen merge -m \"merge\" heads`\n"
                + "::error file=app/src/main/java/shop/Customer.java,line=8,title=autogen check::drift: table customer "
                + "(shop.Customer): + op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))%0ARun `autogen revision "
                + "-m MESSAGE` to write a migration for this.\n"
                + "::error file=app/src/main/java/shop/Customer.java,line=7,title=autogen check::drift: table customer "
                + "(shop.Customer): - op.dropColumn(\"customer\", \"note\")  AG102 destroys%0ARun `autogen revision -m "
                + "MESSAGE` to write a migration for this.\n"
                + "::error file=app/src/main/java/shop/migrations,title=autogen check::drift: table invoice: + op.addColumn("
                + "\"invoice\", column(\"total\", \"numeric\"))%0ARun `autogen revision -m MESSAGE` to write a migration for this.\n"
                + "autogen check: 4 findings (heads 1, drift 3)\n");
    }
}
