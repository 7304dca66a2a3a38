package autogen.ops;

import static java.util.Objects.requireNonNull;

/** Raw SQL written by hand in a migration, for data migrations and what the API does not cover. */
public record ExecuteSql(String sql) implements Operation {
    public ExecuteSql {
        requireNonNull(sql, "sql");
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
