package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} in each of its forms (text, json, github) through the jar, on a live database: clean, drift, an
 * edited revision and a history of several heads; and the text's colours, on a pipe, on a terminal and with NO_COLOR.
 * The project is laid out as a repository: migrations under src/main/java/app/migrations, the entities' sources
 * beside them, so that the GitHub annotations can point at an entity's field.
 */
class CheckFormatsIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    private static final Path MIGRATIONS = Path.of("src/main/java/app/migrations");
    private static final String ESCAPE = "\u001b[";

    @TempDir
    Path project;

    /** Where processes start that find the project through -C. */
    @TempDir
    Path elsewhere;

    private CliDatabases.Db database;

    /** The fixture entities of {@code version} (v1, v2), their sources copied into the project as a developer has them. */
    private void entities(String version) throws IOException {
        if (database == null) database = databases.create();
        CliDatabases.configure(project, "autogen.cli.fixtures." + version, MIGRATIONS, "url=" + database.url(), "user=postgres");
        Path source = Path.of("src/test/java/autogen/cli/fixtures", version, "Customer.java");
        Path copy = project.resolve("src/main/java/autogen/cli/fixtures").resolve(version).resolve("Customer.java");
        Files.createDirectories(copy.getParent());
        Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The jar in the project, as a CI step runs it, GitHub's workspace not set. */
    private CliProcess check(int exitCode, String... args) {
        return expect(exitCode, CliProcess.run(project, workspace(null), with("check", args)));
    }

    private static CliProcess expect(int exitCode, CliProcess run) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(exitCode);
        return run;
    }

    private static String[] with(String first, String... rest) {
        var all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    /** The environment with GITHUB_WORKSPACE set to {@code workspace}, or removed (null), whatever the test runs under. */
    private static Map<String, String> workspace(String workspace) {
        var environment = new HashMap<String, String>();
        environment.put("GITHUB_WORKSPACE", workspace);
        environment.put("NO_COLOR", null);
        return environment;
    }

    private static String revision(CliProcess run) {
        var wrote = Pattern.compile("\\(revision ([0-9a-f]{12})").matcher(run.out());
        assertThat(wrote.find()).as(run.out()).isTrue();
        return wrote.group(1);
    }

    /** The 1-based number of the first line of {@code file} containing {@code text}. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " is not in " + file);
    }

    private String first;

    /** The v1 entities, their revision written and applied. */
    private void customersApplied() throws IOException {
        entities("v1");
        first = revision(expect(0, CliProcess.run(project, "revision", "-m", "customers")));
        expect(0, CliProcess.run(project, "upgrade", "head"));
    }

    @Test
    void cleanThenDriftInEveryFormatAndColouredOnlyWhereItShouldBe() throws IOException {
        customersApplied();

        var text = check(ExitCodes.OK);
        assertThat(text.out()).startsWith("clean: no drift; the entities, the migrations and ").hasLineCount(1).doesNotContain(ESCAPE);
        Map<String, Object> json = Json.object(check(ExitCodes.OK, "--format", "json").out());
        assertThat(json).containsEntry("status", "clean").containsEntry("problems", List.of())
                .containsEntry("pendingRevisions", List.of()).containsEntry("editedRevisions", List.of())
                .containsEntry("drift", List.of()).containsEntry("heads", List.of(first)).containsEntry("index", null);
        assertThat((String) json.get("database")).isNotBlank();
        assertThat(json.keySet()).containsExactly("status", "problems", "pendingRevisions", "editedRevisions", "drift", "heads",
                "index", "database");
        assertThat(check(ExitCodes.OK, "--format", "github").out()).isEqualTo(text.out());

        entities("v2");
        var drift = check(ExitCodes.DRIFT);
        assertThat(drift.out()).startsWith("drift: the entities differ from ").doesNotContain(ESCAPE)
                .contains("\n  table customer (autogen.cli.fixtures.v2.Customer)\n"
                        + "    + op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))\n"
                        + "Run `autogen revision -m MESSAGE` to write a migration for this.\n");

        json = Json.object(check(ExitCodes.DRIFT, "--format", "json").out());
        assertThat(json).containsEntry("status", "drift").containsEntry("problems", List.of("drift"))
                .containsEntry("heads", List.of(first)).containsEntry("index", null);
        assertThat(json.get("drift")).isEqualTo(List.of(Json.object("""
                {"kind": "addColumn", "statement": "op.addColumn(\\"customer\\", column(\\"email\\", \\"varchar(320)\\"))",
                 "table": "customer", "column": "email", "entity": "autogen.cli.fixtures.v2.Customer", "risk": "safe",
                 "destructive": false, "findings": []}""")));

        // from another folder, GitHub's workspace being the project: paths relative to it, at the field's line
        Path entity = project.resolve("src/main/java/autogen/cli/fixtures/v2/Customer.java");
        var github = expect(ExitCodes.DRIFT, CliProcess.run(elsewhere, workspace(project.toString()),
                "-C", project.toString(), "check", "--format", "github"));
        assertThat(github.out()).isEqualTo("::error file=src/main/java/autogen/cli/fixtures/v2/Customer.java,line="
                + lineOf(entity, "String email") + ",title=autogen check::drift: table customer (autogen.cli.fixtures.v2."
                + "Customer): + op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"))%0ARun `autogen revision -m "
                + "MESSAGE` to write a migration for this.\nautogen check: 1 finding (drift 1)\n");

        // --color always beats NO_COLOR; auto colours on a terminal, unless NO_COLOR says otherwise
        var always = expect(ExitCodes.DRIFT, CliProcess.run(project, Map.of("NO_COLOR", "1"), "check", "--color", "always"));
        assertThat(always.out()).contains(ESCAPE + "1;31mdrift:" + ESCAPE + "0m", ESCAPE + "1mtable customer",
                ESCAPE + "32m+ op.addColumn(\"customer\"");
        var terminal = expect(ExitCodes.DRIFT, CliProcess.onATerminal(project, Map.of("TERM", "xterm"), "", "-q", "check"));
        assertThat(terminal.out()).contains(ESCAPE + "32m+ op.addColumn(\"customer\"");
        var noColor = expect(ExitCodes.DRIFT, CliProcess.onATerminal(project, Map.of("TERM", "xterm", "NO_COLOR", "1"), "", "-q", "check"));
        assertThat(noColor.out()).contains("+ op.addColumn(\"customer\"").doesNotContain(ESCAPE);
    }

    /** The three comparisons at once: a change made by hand on the live database has its own label and exit code. */
    @Test
    void againstBothTellsAChangeByHandFromAMissingRevision() throws IOException {
        customersApplied();
        assertThat(check(ExitCodes.OK, "--against", "both").out()).startsWith("clean: no drift");

        database.execute("ALTER TABLE customer ADD COLUMN nickname text");
        var changed = check(ExitCodes.CHANGED, "--against", "both");
        assertThat(changed.out()).startsWith("changed: ").contains(" differs from the migrations replayed in the embedded "
                + "database (a change made by hand)").contains("    + op.addColumn(\"customer\", column(\"nickname\", \"text\"))\n")
                .doesNotContain("drift:");
        Map<String, Object> json = Json.object(check(ExitCodes.CHANGED, "--format", "json", "--against", "both").out());
        assertThat(json).containsEntry("status", "changed").containsEntry("problems", List.of("changed"))
                .containsEntry("drift", List.of()).containsKeys("databaseChanges", "liveDrift", "liveDatabase");
        assertThat(check(ExitCodes.OK, "--against", "migrations").out()).startsWith("clean: no drift");
        assertThat(check(ExitCodes.DRIFT).out()).contains("- op.dropColumn(\"customer\", \"nickname\")");

        entities("v2");
        json = Json.object(check(ExitCodes.DRIFT, "--format", "json", "--against", "both").out());
        assertThat(json).containsEntry("problems", List.of("drift", "changed"));

        CliDatabases.configure(project, "autogen.cli.fixtures.v1", MIGRATIONS);
        var noUrl = check(ExitCodes.USAGE, "--against", "both");
        assertThat(noUrl.err()).hasLineCount(1).startsWith("error: check --against both compares with the live database too");
    }

    /** A column changed by hand: --explain says what each side has and how both were spelled before comparing. */
    @Test
    void explainSaysWhatEachSideHasInEveryFormat() throws IOException {
        customersApplied();
        database.execute("ALTER TABLE customer ALTER COLUMN name TYPE character varying(100)");

        String why = "why: type: the database has varchar(100), the entities varchar(255) (as Hibernate's PostgreSQL "
                + "dialect writes it)";
        var plain = check(ExitCodes.DRIFT);
        assertThat(plain.out()).contains("~ op.alterColumnType(\"customer\", \"name\", \"varchar(255)\", \"varchar(100)\")")
                .doesNotContain("why:");
        var text = check(ExitCodes.DRIFT, "--explain");
        assertThat(text.out()).contains("    ~ op.alterColumnType(\"customer\", \"name\", \"varchar(255)\", \"varchar(100)\")\n"
                + "        " + why + "\n        why: both in one spelling first: character varying = varchar");

        Map<String, Object> json = Json.object(check(ExitCodes.DRIFT, "--format", "json", "--explain").out());
        @SuppressWarnings("unchecked")
        var step = (Map<String, Object>) ((List<Object>) json.get("drift")).get(0);
        assertThat((List<?>) step.get("explain")).hasSize(2).first().asString().startsWith(why.substring("why: ".length()));
        @SuppressWarnings("unchecked")
        var plainStep = (Map<String, Object>) ((List<Object>) Json.object(check(ExitCodes.DRIFT, "--format", "json").out())
                .get("drift")).get(0);
        assertThat(plainStep).doesNotContainKey("explain");

        assertThat(check(ExitCodes.DRIFT, "--format", "github", "--explain").out()).contains("%0A" + why + "%0A");
    }

    @Test
    void anEditedRevisionThenSeveralHeadsInEveryFormat() throws IOException {
        customersApplied();
        Path migration;
        try (var files = Files.list(project.resolve(MIGRATIONS))) {
            migration = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        String original = Files.readString(migration);
        Files.writeString(migration, original.replace("\"varchar(255)\"", "\"varchar(300)\""));

        var edited = check(ExitCodes.DRIFT);
        assertThat(edited.out()).startsWith("edited: revision " + first + " (").contains("was edited after it was applied")
                .hasLineCount(1);
        var json = Json.object(check(ExitCodes.DRIFT, "--format", "json").out());
        assertThat(json).containsEntry("status", "edited").containsEntry("problems", List.of("edited"))
                .containsEntry("drift", List.of());
        assertThat((List<?>) json.get("editedRevisions")).singleElement().asString().contains(first, "was edited after it was applied");
        String relative = project.relativize(migration).toString();
        assertThat(check(ExitCodes.DRIFT, "--format", "github").out()).startsWith("::error file=" + relative + ",line="
                + lineOf(migration, "public final class V") + ",title=autogen check::edited: revision " + first + " (")
                .endsWith("\nautogen check: 1 finding (edited 1)\n").hasLineCount(2);
        Files.writeString(migration, original);

        String second = revision(expect(0, CliProcess.run(project, "revision", "-m", "second", "--empty")));
        String branch = revision(expect(0, CliProcess.run(project, "revision", "-m", "branch", "--empty", "--head", first)));
        expect(0, CliProcess.run(project, "upgrade", "heads"));
        List<String> heads = List.of(second, branch).stream().sorted().toList();
        String severalHeads = "the history has 2 heads (" + String.join(", ", heads) + "): join them with `autogen merge "
                + "-m \"merge\" heads`";

        assertThat(check(ExitCodes.DRIFT).out()).isEqualTo("heads: " + severalHeads + "\n");
        json = Json.object(check(ExitCodes.DRIFT, "--format", "json").out());
        assertThat(json).containsEntry("status", "heads").containsEntry("problems", List.of("heads"))
                .containsEntry("heads", heads).containsEntry("pendingRevisions", List.of()).containsEntry("drift", List.of());
        assertThat(check(ExitCodes.DRIFT, "--format", "github").out()).isEqualTo("::error file=src/main/java/app/migrations,"
                + "title=autogen check::heads: " + severalHeads + "\nautogen check: 1 finding (heads 1)\n");
    }

    /** Just enough JSON to read check's output back: objects (in order), arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            var json = new Json(text);
            Object value = json.value();
            json.space();
            assertThat(json.at).as("JSON ends after its value: " + text).isEqualTo(text.length());
            assertThat(value).as(text).isInstanceOf(Map.class);
            return (Map<String, Object>) value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                var object = new LinkedHashMap<String, Object>();
                at++;
                if (next('}')) return object;
                do {
                    space();
                    Object key = value();
                    assertThat(key).as("a key at " + at).isInstanceOf(String.class);
                    expect(':');
                    assertThat(object.put((String) key, value())).as("duplicate key " + key).isNull();
                } while (next(','));
                expect('}');
                return object;
            }
            if (c == '[') {
                var array = new ArrayList<Object>();
                at++;
                if (next(']')) return array;
                do array.add(value()); while (next(','));
                expect(']');
                return array;
            }
            if (c == '"') return string();
            for (var literal : List.of("true", "false", "null"))
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            int start = at;
            while (at < text.length() && "-+.eE0123456789".indexOf(text.charAt(at)) >= 0) at++;
            assertThat(at).as("a value at " + start + " in " + text).isGreaterThan(start);
            return Double.valueOf(text.substring(start, at));
        }

        private String string() {
            var out = new StringBuilder();
            at++;
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                assertThat(c).as("a control character in a string").isGreaterThanOrEqualTo(' ');
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);   // " \ /
                }
            }
            return out.toString();
        }

        private boolean next(char c) {
            space();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            assertThat(next(c)).as("'" + c + "' at " + at + " in " + text).isTrue();
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }
    }
}
