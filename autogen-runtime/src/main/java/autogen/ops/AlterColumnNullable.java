package autogen.ops;

/** {@code SET NOT NULL} ({@code nullable} false) or {@code DROP NOT NULL}. */
public record AlterColumnNullable(String table, String column, boolean nullable) implements Operation {

    @Override
    public Operation reverse() {
        return new AlterColumnNullable(table, column, !nullable);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnNullable(this);
    }
}
