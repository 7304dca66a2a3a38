package autogen.migration;

import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.EnumType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.PrimaryKey;
import autogen.model.Sequence;
import autogen.model.TableComment;
import autogen.model.UniqueConstraint;
import java.util.List;

/** Static factories for migration classes: {@code import static autogen.migration.Dsl.*;}. */
public final class Dsl {

    private Dsl() {}

    /**
     * A nullable column without default; chain {@code .notNull()}, {@code .defaultSql(..)},
     * {@code .generatedAsIdentity()}, {@code .comment(..)}.
     */
    public static Column column(String name, String type) {
        return Column.of(name, type);
    }

    /** The table's comment, among the elements of {@code createTable}. */
    public static TableComment tableComment(String text) {
        return new TableComment(text);
    }

    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    public static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    public static Index index(String name, String... columns) {
        return new Index(name, List.of(columns), false);
    }

    public static Index uniqueIndex(String name, String... columns) {
        return new Index(name, List.of(columns), true);
    }

    /** {@code foreignKey("fk_line_order", "order_id").references("orders", "id")}, then optionally {@code .onDelete(CASCADE)}. */
    public static ForeignKey.Builder foreignKey(String name, String... columns) {
        return ForeignKey.named(name, columns);
    }

    public static EnumType enumType(String name, String... values) {
        return new EnumType(name, List.of(values));
    }

    public static Sequence sequence(String name, long start, long increment) {
        return new Sequence(name, start, increment);
    }

    /** The SQL expression computing a column's new value in {@code op.alterColumnType(..., using("..."))}. */
    public static Using using(String sql) {
        return new Using(sql);
    }

    /** An SQL expression over the row's old values, as in {@code ALTER COLUMN ... TYPE ... USING sql}. */
    public record Using(String sql) {
        public Using {
            if (sql == null || sql.isBlank()) throw new IllegalArgumentException("a USING expression must not be blank");
        }
    }
}
