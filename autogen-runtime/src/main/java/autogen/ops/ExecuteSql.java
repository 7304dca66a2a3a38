package autogen.ops;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Raw SQL written by hand in a migration, for data migrations and what the API does not cover. {@code ?} marks
 * stand for {@code parameters}, which autogen writes as SQL literals (strings quoted and escaped), so that values
 * are never spliced into SQL by hand; the script printed by {@code --sql} shows them the same way.
 */
public record ExecuteSql(String sql, List<Object> parameters) implements Operation {
    public ExecuteSql {
        requireNonNull(sql, "sql");
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));   // nulls allowed
    }

    public ExecuteSql(String sql) {
        this(sql, List.of());
    }

    String abbreviated() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException("cannot reverse raw SQL (" + abbreviated() + "): write its downgrade by hand");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.executeSql(this);
    }
}
