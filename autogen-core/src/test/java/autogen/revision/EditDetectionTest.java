package autogen.revision;

import autogen.compile.MigrationCompiler;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What counts as an edit of an applied revision ({@link Checksums}): every change to what it does is one, however
 * small (a doubled space inside an SQL string); formatting, comments, Javadoc, imports and messages are not. Each
 * edit below is applied alone to the same revision, all compiled in one javac run as the CLI compiles them.
 */
class EditDetectionTest {

    @TempDir
    Path migrations;

    private static final String BASE = """
            package test.migrations;

            import static autogen.migration.Dsl.*;

            import autogen.migration.Migration;
            import autogen.migration.Ops;
            import autogen.migration.Revision;

            /**
             * edits
             *
             * <p>Revision 0123456789ab, from ba9876543210. Review before applying.
             */
            @Revision(id = "0123456789ab", down = "ba9876543210", message = "edits", created = "2026-12-01T10:00:00Z")
            public final class Base implements Migration {
                @Override
                public void upgrade(Ops op) {
                    op.createTable("orders",
                            column("id", "bigint").notNull(),
                            column("total", "numeric(12,2)").defaultSql("0"),
                            column("status", "varchar(20)").notNull(),
                            column("note", "text").comment("free text"),
                            primaryKey("orders_pkey", "id"),
                            unique("orders_status_key", "status"),
                            check("orders_total_check", "total >= 0"));
                    op.addColumn("customer", column("email", "varchar(320)"));
                    // AG208 REVIEW: existing rows of customer get 0 in points before it becomes NOT NULL
                    op.addColumn("customer", column("points", "integer").notNull(), "0");
                    op.createIndex("orders", index("ix_orders_status", "status"));
                    op.addForeignKey("orders", foreignKey("fk_orders_customer", "customer_id").references("customer", "id"));
                    op.renameColumn("customer", "name", "full_name");
                    op.alterColumnType("customer", "code", "varchar(64)", "varchar(512)");
                    op.setDefault("customer", "tier", "'basic'");
                    op.execute("UPDATE customer SET tier = 'gold' WHERE points > 100");
                    op.execute("UPDATE customer SET note = ? WHERE id = ?", "a b", 7);
                    op.setColumnComment("customer", "email", "where we write");
                }

                @Override
                public void downgrade(Ops op) {
                    op.dropColumnComment("customer", "email");
                    op.dropDefault("customer", "tier");
                    op.alterColumnType("customer", "code", "varchar(512)", "varchar(64)");
                    op.renameColumn("customer", "full_name", "name");
                    op.dropForeignKey("orders", "fk_orders_customer");
                    op.dropIndex("orders", "ix_orders_status");
                    op.dropColumn("customer", "points");
                    op.dropColumn("customer", "email");
                    op.dropTable("orders");
                }
            }
            """;

    private static UnaryOperator<String> replace(String from, String to) {
        return text -> {
            assertThat(text).as("the edit's anchor").contains(from);
            return text.replace(from, to);
        };
    }

    /** Changes to what the revision does: each must be detected. */
    private static final List<UnaryOperator<String>> SEMANTIC = List.of(
            replace("numeric(12,2)", "numeric(12,3)"),
            replace("defaultSql(\"0\")", "defaultSql(\"1\")"),
            replace("column(\"status\", \"varchar(20)\").notNull()", "column(\"status\", \"varchar(20)\")"),
            replace("\"free text\"", "\"free  text\""),
            replace("primaryKey(\"orders_pkey\"", "primaryKey(\"orders_pk\""),
            replace("unique(\"orders_status_key\"", "unique(\"orders_status_uk\""),
            replace("\"total >= 0\"", "\"total > 0\""),
            replace("\"varchar(320)\"", "\"varchar(321)\""),
            replace("notNull(), \"0\")", "notNull(), \"1\")"),
            replace("index(\"ix_orders_status\", \"status\")", "index(\"ix_orders_status\", \"total\")"),
            replace("index(\"ix_orders_status\", \"status\")", "index(\"ix_orders_state\", \"status\")"),
            replace(".references(\"customer\", \"id\")", ".references(\"customer\", \"uid\")"),
            replace("foreignKey(\"fk_orders_customer\", \"customer_id\")", "foreignKey(\"fk_orders_client\", \"customer_id\")"),
            replace("\"name\", \"full_name\");", "\"name\", \"fullname\");"),
            replace("\"varchar(64)\", \"varchar(512)\"", "\"varchar(65)\", \"varchar(512)\""),
            replace("\"varchar(64)\", \"varchar(512)\"", "\"varchar(64)\", \"text\""),
            replace("\"'basic'\"", "\"'silver'\""),
            replace("tier = 'gold'", "tier = 'Gold'"),
            replace("points > 100", "points  > 100"),
            replace("\"a b\", 7", "\"a  b\", 7"),
            replace("\"a b\", 7", "\"a b\", 8"),
            replace("\"where we write\"", "\"where we read\""),
            replace("        op.createIndex(\"orders\", index(\"ix_orders_status\", \"status\"));\n", ""),
            text -> text.replace("        op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"));\n", "")
                    .replace("        op.createIndex(\"orders\", index(\"ix_orders_status\", \"status\"));\n",
                            "        op.createIndex(\"orders\", index(\"ix_orders_status\", \"status\"));\n"
                                    + "        op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"));\n"),
            replace("        op.renameColumn(\"customer\", \"name\", \"full_name\");\n",
                    "        op.renameColumn(\"customer\", \"name\", \"full_name\");\n        op.renameColumn(\"customer\", \"name\", \"full_name\");\n"),
            replace("        op.setColumnComment(", "        op.dropColumn(\"customer\", \"legacy\");\n        op.setColumnComment("),
            replace("op.createTable(\"orders\",", "op.createTable(\"order_s\","),
            replace("op.addColumn(\"customer\", column(\"email\"", "op.addColumn(\"client\", column(\"email\""),
            replace("column(\"email\", \"varchar(320)\")", "column(\"e_mail\", \"varchar(320)\")"),
            replace("index(\"ix_orders_status\"", "uniqueIndex(\"ix_orders_status\""),
            replace("created = \"2026", "transactional = false, created = \"2026"),
            replace("op.dropColumn(\"customer\", \"points\");", "op.dropColumn(\"customer\", \"score\");"),
            replace("        op.dropIndex(\"orders\", \"ix_orders_status\");\n", ""),
            replace("        op.dropTable(\"orders\");", "        op.dropTable(\"orders\");\n        op.execute(\"DELETE FROM audit\");"),
            replace("column(\"note\", \"text\")", "column(\"note\", \"text\"),\n                column(\"extra\", \"text\")"),
            replace("column(\"id\", \"bigint\").notNull()", "column(\"id\", \"bigint\").generatedAsIdentity()"),
            replace("column(\"points\", \"integer\").notNull(), \"0\")", "column(\"points\", \"integer\").notNull())"),
            replace("WHERE id = ?\"", "WHERE id <> ?\""),
            replace("\"name\", \"full_name\");", "\"nom\", \"full_name\");"),
            replace("\"code\", \"varchar(64)\", \"varchar(512)\")", "\"code\", \"varchar(64)\")"));

    /** Changes that leave what it does as it was: none may be taken for an edit. */
    private static final List<UnaryOperator<String>> FORMATTING = List.of(
            replace("    public void upgrade(Ops op) {\n", "    public void upgrade(Ops op) {\n        // reviewed by the DBA\n"),
            replace(" * edits\n", " * edits, as agreed with the team\n"),
            replace("import autogen.migration.Migration;\nimport autogen.migration.Ops;",
                    "import autogen.migration.Ops;\nimport autogen.migration.Migration;"),
            replace("op.createIndex(\"orders\"", "op.createIndex (\"orders\""),
            text -> text.replace("\n", "\r\n"),
            text -> text.replace("    ", "\t"),
            replace(";\n        op.", ";\n\n        op."),
            text -> text.replace(";\n", ";   \n"),
            text -> "\uFEFF" + text,
            replace("column(\"total\", \"numeric(12,2)\")", "column(\"total\", /* money */ \"numeric(12,2)\")"),
            replace("        // AG208 REVIEW: existing rows of customer get 0 in points before it becomes NOT NULL\n", ""),
            replace("message = \"edits\"", "message = \"edits, reviewed\""),
            replace("created = \"2026", "acknowledged = {\"AG102\", \"AG101\"}, created = \"2026"),
            replace("op.addForeignKey(\"orders\", foreignKey(", "op.addForeignKey(\"orders\",\n                foreignKey("),
            replace("op.createTable(\"orders\",\n                column(\"id\", \"bigint\").notNull(),", "op.createTable(\"orders\", column(\"id\", \"bigint\").notNull(),"),
            replace("public final class", "public class"),
            replace("import autogen.migration.Revision;", "import autogen.migration.Revision;\nimport java.util.List;"),
            replace("public void downgrade(Ops op) {", "public void downgrade(Ops ops) {\n        Ops op = ops;"),
            replace("        op.addColumn(\"customer\", column(\"email\", \"varchar(320)\"));",
                    "        String table = \"customer\";\n        op.addColumn(table, column(\"email\", \"varchar(320)\"));"),
            replace("\"UPDATE customer SET tier = 'gold' WHERE points > 100\"", "\"UPDATE customer SET tier = 'gold' \" + \"WHERE points > 100\""));

    @Test
    void everyChangeToWhatARevisionDoesIsAnEditAndNothingElseIs() throws Exception {
        Files.writeString(migrations.resolve("Base.java"), BASE);
        var variants = new ArrayList<String>();
        for (int i = 0; i < SEMANTIC.size(); i++) write("Semantic" + i, SEMANTIC.get(i).apply(BASE), variants);
        for (int i = 0; i < FORMATTING.size(); i++) write("Formatting" + i, FORMATTING.get(i).apply(BASE), variants);
        Map<String, LoadedMigration> loaded = MigrationCompiler.compile(migrations, List.of()).stream()
                .collect(Collectors.toMap(m -> m.migration().getClass().getSimpleName(), m -> m));
        assertThat(loaded).hasSize(1 + variants.size());
        String applied = loaded.get("Base").checksum();

        var missed = new ArrayList<String>();
        for (int i = 0; i < SEMANTIC.size(); i++)
            if (Checksums.matches(applied, loaded.get("Semantic" + i))) missed.add("semantic edit " + i);
        var flagged = new ArrayList<String>();
        for (int i = 0; i < FORMATTING.size(); i++)
            if (!Checksums.matches(applied, loaded.get("Formatting" + i))) flagged.add("formatting edit " + i);
        System.out.printf("edit detection: %d of %d semantic edits detected, %d of %d formatting edits flagged%n",
                SEMANTIC.size() - missed.size(), SEMANTIC.size(), flagged.size(), FORMATTING.size());
        assertThat(SEMANTIC).hasSize(40);
        assertThat(FORMATTING).hasSize(20);
        assertThat(missed).isEmpty();
        assertThat(flagged).isEmpty();
    }

    @Test
    void aRowOfTheEarlierSchemeMatchesTheUneditedSourceAndNotAnEditedOne() throws Exception {
        Path file = migrations.resolve("Base.java");
        Files.writeString(file, BASE);
        var base = MigrationCompiler.compile(migrations, List.of()).get(0);
        String v1 = Checksums.v1(file);
        assertThat(Checksums.outdated(v1)).isTrue();
        assertThat(Checksums.matches(v1, base)).isTrue();
        Files.writeString(file, BASE.replace("points > 100", "points > 101"));
        assertThat(Checksums.matches(v1, MigrationCompiler.compile(migrations, List.of()).get(0))).isFalse();
    }

    private void write(String className, String source, List<String> variants) throws Exception {
        assertThat(source).as(className + " changes the source").isNotEqualTo(BASE);
        Files.writeString(migrations.resolve(className + ".java"), source.replace("class Base ", "class " + className + " "));
        variants.add(className);
    }
}
