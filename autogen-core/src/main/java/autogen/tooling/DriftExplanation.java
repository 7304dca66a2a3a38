package autogen.tooling;

import autogen.diff.CanonicalExpressions;
import autogen.diff.RenameDetector;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.ops.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code check --explain}: for each difference, what each side has and the rules both were put through before they
 * were compared, so that a user can tell a real difference from a blind spot of the comparison. The values come from
 * the two models as compared (the database's after the renames found), the stored forms from the same
 * canonicalisation the comparison used.
 */
final class DriftExplanation {

    static final String NAMES = "names as Hibernate's naming strategies give them, folded as PostgreSQL folds unquoted "
            + "names (lower case), cut at 63 bytes";

    private final SchemaModel current;
    private final SchemaModel target;
    private final CanonicalExpressions expressions;
    private final Map<Operation, String> notes;

    DriftExplanation(SchemaModel current, SchemaModel target, CanonicalExpressions expressions, Map<Operation, String> notes) {
        this.current = current;
        this.target = target;
        this.expressions = expressions;
        this.notes = notes;
    }

    Map<Operation, List<String>> of(List<Operation> drift) {
        var out = new java.util.LinkedHashMap<Operation, List<String>>();
        for (Operation op : drift) out.putIfAbsent(op, explain(op, drift));
        return out;
    }

    private List<String> explain(Operation op, List<Operation> drift) {
        var lines = new ArrayList<String>();
        Optional.ofNullable(notes.get(op)).ifPresent(note -> lines.add("rename: " + note));
        if (op instanceof AlterColumnType o) {
            lines.add("type: the database has " + o.existing().map(t -> t.ddl()).orElse("?") + ", the entities "
                    + o.type().ddl() + " (as Hibernate's PostgreSQL dialect writes it)");
            lines.add("both in one spelling first: character varying = varchar, int4 = integer, int8 = bigint, "
                    + "float8 = double precision = float(53), real = float4 = float(24), timestamp without time zone = "
                    + "timestamp, bool = boolean, decimal = numeric; array sizes ignored, as PostgreSQL ignores them");
        } else if (op instanceof AlterColumnDefault o) {
            String table = o.table();
            var was = column(current, table, o.column()).flatMap(Column::defaultSql);
            var now = column(target, table, o.column()).flatMap(Column::defaultSql);
            var type = column(target, table, o.column()).map(Column::type);
            lines.add("default, both sides as PostgreSQL stores them: the database's "
                    + stored(was, e -> type.map(t -> expressions.columnDefault(t, e)).orElse(e)) + ", the entities' "
                    + stored(now, e -> type.map(t -> expressions.columnDefault(t, e)).orElse(e))
                    + now.map(e -> " (written " + e + ")").orElse(""));
            lines.add("PostgreSQL respells casts and functions (now() is CURRENT_TIMESTAMP), so defaults are compared as "
                    + "stored, not as written");
        } else if (op instanceof AlterCheckConstraint || op instanceof AddCheckConstraint || op instanceof DropCheckConstraint) {
            String table = autogen.render.OperationTarget.of(op).map(autogen.render.OperationTarget::table).orElse("");
            String name = op instanceof AlterCheckConstraint a ? a.constraint().name()
                    : op instanceof AddCheckConstraint a ? a.constraint().name() : ((DropCheckConstraint) op).name();
            var was = check(current, table, name);
            var now = check(target, table, name);
            lines.add("check " + name + ", both sides as PostgreSQL stores them: the database's "
                    + was.map(k -> expressions.check(table, k.expression())).orElse("(none of that name)") + ", the entities' "
                    + now.map(k -> expressions.check(table, k.expression()) + " (written " + k.expression() + ")")
                            .orElse("(none of that name)"));
            lines.add("checks are matched by name, then compared as stored; one renamed with the same expression is a rename");
        } else if (op instanceof AlterColumnNullable o) {
            lines.add("nullability: the database has " + (o.nullable() ? "NOT NULL" : "NULL allowed") + ", the entities "
                    + (o.nullable() ? "NULL allowed" : "NOT NULL") + ", as Hibernate's metamodel says (ids, primitives, "
                    + "nullable = false, optional = false, and @NotNull when Bean Validation is on the class path)");
        } else if (op instanceof AddColumn || op instanceof DropColumn) {
            lines.add("columns: " + NAMES + "; their order is not compared (PostgreSQL cannot reorder columns)");
            if (drift.stream().anyMatch(o -> o instanceof AddColumn) && drift.stream().anyMatch(o -> o instanceof DropColumn))
                lines.add("not taken for a rename: no dropped and added column of a compatible type scores "
                        + RenameDetector.COLUMN_THRESHOLD + " (type, nullability, default, position, name similarity)");
        } else if (op instanceof CreateTable || op instanceof DropTable) {
            lines.add("tables: " + NAMES + "; only tables an entity maps or the history created are compared, "
                    + "others (another application's) never");
            if (drift.stream().anyMatch(o -> o instanceof CreateTable) && drift.stream().anyMatch(o -> o instanceof DropTable))
                lines.add("not taken for a rename: no dropped and created table shares enough columns and the primary "
                        + "key's shape (score " + RenameDetector.TABLE_THRESHOLD + ")");
        } else if (op instanceof CreateIndex || op instanceof DropIndex) {
            lines.add("indexes: by name, then key columns in order with their ordering, uniqueness and access method");
        } else if (op instanceof AddUniqueConstraint || op instanceof DropUniqueConstraint) {
            lines.add("unique keys: by name and columns in order; Hibernate's unnamed ones get PostgreSQL's names "
                    + "(table_column_key)");
        } else if (op instanceof AddPrimaryKey || op instanceof DropPrimaryKey) {
            lines.add("primary keys: by name (table_pkey unless named) and columns in order");
        } else if (op instanceof AddForeignKey || op instanceof DropForeignKey || op instanceof AlterForeignKey) {
            lines.add("foreign keys: by name, columns, referenced table and columns, ON DELETE, ON UPDATE and "
                    + "deferrability; Hibernate writes only ON DELETE (@OnDelete)");
        } else if (op instanceof CreateSequence || op instanceof AlterSequence || op instanceof DropSequence) {
            lines.add("sequences: by name, start and increment (a @SequenceGenerator's allocationSize is the increment); "
                    + "the current value is never compared");
        } else if (op instanceof CreateEnumType || op instanceof AddEnumValue || op instanceof DropEnumType) {
            lines.add("enum types: by name and values in order");
        } else if (op instanceof AlterTableComment || op instanceof AlterColumnComment) {
            lines.add("comments: as written, on both sides");
        } else if (op instanceof AlterColumnIdentity) {
            lines.add("identity: GENERATED BY DEFAULT AS IDENTITY or not (GenerationType.IDENTITY)");
        } else if (op instanceof AlterColumnGeneration) {
            lines.add("generated columns: expressions compared as PostgreSQL stores each");
        }
        if (lines.isEmpty()) lines.add("compared as read, no rule applied");
        return List.copyOf(lines);
    }

    private static String stored(Optional<String> expression, java.util.function.UnaryOperator<String> canonical) {
        return expression.map(canonical).orElse("(none)");
    }

    private static Optional<Column> column(SchemaModel model, String table, String column) {
        return model.table(table).flatMap(t -> t.column(column));
    }

    private static Optional<CheckConstraint> check(SchemaModel model, String table, String name) {
        return model.table(table).map(Table::checks).orElse(List.of()).stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
