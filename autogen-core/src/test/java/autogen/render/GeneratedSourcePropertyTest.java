package autogen.render;

import static autogen.migration.Dsl.check;
import static autogen.migration.Dsl.column;
import static autogen.migration.Dsl.enumType;
import static autogen.migration.Dsl.foreignKey;
import static autogen.migration.Dsl.index;
import static autogen.migration.Dsl.primaryKey;
import static autogen.migration.Dsl.sequence;
import static autogen.migration.Dsl.tableComment;
import static autogen.migration.Dsl.unique;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.MigrationException;
import autogen.diff.MigrationPlan;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.Table;
import autogen.model.TableElement;
import autogen.ops.AddCheckConstraint;
import autogen.ops.AddColumn;
import autogen.ops.AddEnumValue;
import autogen.ops.AddForeignKey;
import autogen.ops.AlterColumnDefault;
import autogen.ops.AlterColumnType;
import autogen.ops.AlterTableComment;
import autogen.ops.CreateEnumType;
import autogen.ops.CreateIndex;
import autogen.ops.CreateSequence;
import autogen.ops.CreateTable;
import autogen.ops.DropColumn;
import autogen.ops.DropTable;
import autogen.ops.ExecuteSql;
import autogen.ops.Irreversible;
import autogen.ops.Operation;
import autogen.ops.RenameColumn;
import autogen.ops.RenameTable;
import autogen.revision.LoadedMigration;
import autogen.compile.MigrationCompiler;
import autogen.revision.RevisionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded property test of the generated source: random messages, names, comments, defaults, check expressions,
 * rename notes and header templates (any unicode, supplementary characters and lone surrogates, {@code * /} and
 * {@code \\u} sequences, quotes, backslashes, control characters, line and paragraph separators) always give a
 * class that compiles and carries them exactly: the message read back from its {@code @Revision}, the names from
 * the operations its upgrade and downgrade record. No database: {@code -Dautogen.source.cases=N} runs more (200 by
 * default), a failure prints its seed and {@code -Dautogen.source.seed=N} reruns that one case.
 */
class GeneratedSourcePropertyTest {

    /** Pieces javac, JavaPoet or Javadoc read specially, mixed with random code points. */
    private static final List<String> TRICKY = List.of("*/", "/*", "/**", "//", "\\u002a/", "\\u002A/", "\\uuu002a/",
            "\\\\u002a/", "\\u000a", "\\u000d", "\\u000A", "\\u005c", "\\u0022", "\\", "\\\\", "\"", "'", "\n", "\r", "\r\n",
            "\u2028", "\u2029", "\u0085", "\u000b", "\f", "\t", "\0", "\u001a", "\u001b", "\u007f", "\u202e", "\u2066",
            "\u200b", "\ufeff", "\ud800", "\udfff", "\ud83d\ude00", "\ud800\udc00", "\uffff", "@deprecated", "@", "{@code x}",
            "<b>", "</p>", "&amp;", "&", "{id}", "{message}", "{down}", "{created}", "$S", "$L", "$", "%s", "%n", " ",
            "op.dropTable(\"victim\");", "\"); op.dropTable(\"victim\"); (\"", "static { }", "}", "é", "ß", "中文", "😀");

    private static final List<String> TYPES = List.of("bigint", "text", "varchar(255)", "numeric(12,2)", "timestamp(6) with time zone");

    @TempDir
    Path work;

    private record Case(long seed, RevisionInfo revision, MigrationPlan plan, String header, Path file) {}

    @Test
    void anyTextGivesAClassThatCompilesAndCarriesItExactly() throws IOException {
        long first = Long.getLong("autogen.source.seed", 20261124L);
        int count = Long.getLong("autogen.source.seed") != null ? 1 : Integer.getInteger("autogen.source.cases", 200);
        // one javac run for all cases, as for a migrations folder: hundreds of compiler starts would take minutes
        var cases = new LinkedHashMap<String, Case>();
        for (int i = 0; i < count; i++) {
            long seed = first + i;
            try {
                Case c = write(seed);
                cases.put(c.revision().id(), c);
            } catch (IOException | RuntimeException e) {
                throw new AssertionError(rerun(seed) + "cannot write the class: " + e, e);
            }
        }
        List<LoadedMigration> loaded;
        try {
            loaded = MigrationCompiler.compile(work, List.of());
        } catch (MigrationException e) {
            throw new AssertionError(failingCase(e.getMessage(), cases) + e.getMessage(), e);
        }
        assertThat(loaded).as("one migration per case, none injected").hasSize(count);
        for (LoadedMigration migration : loaded) {
            Case c = cases.get(migration.id());
            try {
                assertThat(c).as("a migration no case wrote: %s", migration.describe()).isNotNull();
                assertThat(migration.info()).isEqualTo(c.revision());
                assertThat(migration.operations(true)).isEqualTo(WrittenSteps.of(c.plan().upgrade()));
                assertThat(migration.operations(false)).isEqualTo(WrittenSteps.of(c.plan().downgrade()));
                assertThat(new MigrationRenderer(c.header()).render(packageName(c.seed()),
                        MigrationRenderer.className(c.revision()), c.revision(), c.plan()))
                        .as("the same input gives the same bytes").isEqualTo(Files.readString(c.file()));
            } catch (AssertionError e) {
                throw new AssertionError(rerun(c.seed()) + e.getMessage() + "\n" + Files.readString(c.file()), e);
            }
        }
    }

    private Case write(long seed) throws IOException {
        var random = new Random(seed);
        var revision = new RevisionInfo("%012x".formatted(seed), random.nextBoolean() ? List.of() : List.of("0f3b6e1d2c44"),
                text(random), "2026-11-24T10:00:00Z", random.nextBoolean() ? List.of(text(random)) : List.of(), true);
        var notes = new HashMap<Operation, String>();
        var plan = MigrationPlan.of(operations(random, notes), notes);
        // a header template is read from a UTF-8 file, which cannot hold a lone surrogate
        String header = random.nextInt(4) == 0 ? MigrationRenderer.DEFAULT_HEADER : new String((text(random) + "{message}"
                + text(random) + "{id}" + text(random) + "{down}{created}" + text(random)).getBytes(UTF_8), UTF_8);
        String className = MigrationRenderer.className(revision);
        Path file = work.resolve(packageName(seed)).resolve(className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, new MigrationRenderer(header).render(packageName(seed), className, revision, plan));
        return new Case(seed, revision, plan, header, file);
    }

    private static String packageName(long seed) {
        return "case" + seed;
    }

    /** Steps of every kind that carries text, several of them with findings, notes or irreversible undos. */
    private static List<Operation> operations(Random random, Map<Operation, String> notes) {
        String table = text(random);
        // distinct, as a table's columns must be
        var names = List.of(text(random) + "a", text(random) + "b", text(random) + "c");
        var elements = new ArrayList<TableElement>();
        if (random.nextBoolean()) elements.add(tableComment(text(random)));
        for (String name : names) elements.add(randomColumn(random, name));
        elements.add(primaryKey(text(random), names.get(0)));
        elements.add(unique(text(random), names.get(names.size() - 1)));
        elements.add(check(text(random), text(random)));
        var ops = new ArrayList<Operation>();
        ops.add(new CreateTable(Table.of(table, elements)));
        ops.add(new AddColumn(table, randomColumn(random, text(random))));
        var rename = new RenameColumn(table, names.get(0), text(random));
        ops.add(rename);
        notes.put(rename, text(random));
        var renameTable = new RenameTable(text(random), text(random));
        ops.add(renameTable);
        notes.put(renameTable, text(random));
        ops.add(new CreateIndex(table, index(text(random), names.get(0), names.get(names.size() - 1))));
        ops.add(new AddForeignKey(table, foreignKey(text(random), names.get(0)).references(text(random), text(random))));
        ops.add(new AddCheckConstraint(text(random), check(text(random), text(random))));
        ops.add(new CreateSequence(sequence(text(random), random.nextInt(100) - 50, 1 + random.nextInt(50))));
        ops.add(new CreateEnumType(enumType(text(random), text(random) + "x", text(random) + "y")));
        ops.add(new AddEnumValue(text(random), text(random), random.nextBoolean() ? Optional.of(text(random)) : Optional.empty()));
        ops.add(new AlterColumnType(text(random), text(random), ColumnType.of(text(random) + "t"),
                Optional.of(ColumnType.of(TYPES.get(random.nextInt(TYPES.size()))))));
        ops.add(new AlterColumnDefault(text(random), text(random), Optional.of(text(random) + "d"), Optional.of(Optional.empty())));
        ops.add(new AlterTableComment(text(random), Optional.of(text(random)), Optional.of(Optional.empty())));
        ops.add(new DropColumn(text(random), text(random), Optional.of(randomColumn(random, text(random)))));
        ops.add(new DropTable(text(random), Optional.empty()));
        ops.add(new ExecuteSql(text(random)));
        ops.add(new Irreversible(text(random)));
        return ops;
    }

    private static Column randomColumn(Random random, String name) {
        Column c = column(name, random.nextInt(4) == 0 ? text(random) + "t" : TYPES.get(random.nextInt(TYPES.size())));
        if (random.nextBoolean()) c = c.defaultSql(text(random) + "d");
        if (random.nextBoolean()) c = c.comment(text(random));
        return random.nextBoolean() ? c.notNull() : c;
    }

    /** Up to a dozen pieces: tricky sequences, any code point (lone surrogates too), plain letters. */
    static String text(Random random) {
        var b = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b.append(TRICKY.get(random.nextInt(TRICKY.size())));
                case 1 -> b.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                case 2 -> b.append((char) random.nextInt(0x10000));
                default -> b.append((char) ('a' + random.nextInt(26)));
            }
        }
        return b.toString();
    }

    private static final Pattern ERROR_AT = Pattern.compile("(/\\S+\\.java):(\\d+): ");

    /** Which case a compiler error is in, and the line it points at. */
    private static String failingCase(String message, Map<String, Case> cases) throws IOException {
        var at = ERROR_AT.matcher(message);
        if (!at.find()) return "";
        Path file = Path.of(at.group(1));
        for (Case c : cases.values())
            if (c.file().equals(file)) {
                var lines = Files.readAllLines(file);
                int line = Integer.parseInt(at.group(2));
                return rerun(c.seed()) + "line " + line + ": " + (line <= lines.size() ? lines.get(line - 1) : "") + "\n";
            }
        return "";
    }

    private static String rerun(long seed) {
        return "failing seed " + seed + " (rerun with -Dautogen.source.seed=" + seed + "): ";
    }
}
