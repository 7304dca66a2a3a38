package autogen.ops;

import autogen.model.ColumnType;
import autogen.sql.TypeConversion;
import java.util.Optional;

/**
 * A column changes type. {@code existing} is the type it has now (known in generated migrations, which is what lets
 * PostgresDdl guard a conversion that could cut or round values, and Safety classify it); {@code using} is an SQL
 * expression computing the new value from the old one, where the conversion must be spelled out (a timestamp read
 * in a named time zone) or was written by hand.
 */
public record AlterColumnType(String table, String column, ColumnType type, Optional<ColumnType> existing,
        Optional<String> using) implements Operation {

    public AlterColumnType(String table, String column, ColumnType type, Optional<ColumnType> existing) {
        this(table, column, type, existing, Optional.empty());
    }

    /**
     * The change back. A time-zone conversion ({@code col AT TIME ZONE 'UTC'}) reads the same both ways; any other
     * hand-written expression has no known inverse.
     */
    @Override
    public Operation reverse() {
        ColumnType before = IrreversibleOperationException.require(existing, "type change of " + table + "." + column);
        boolean zoneConversion = TypeConversion.atTimeZone(column, before, type, "UTC").isPresent();
        if (using.isPresent() && !zoneConversion)
            throw new IrreversibleOperationException("cannot reverse the type change of " + table + "." + column
                    + " USING " + using.get() + ": write the downgrade's conversion by hand");
        return new AlterColumnType(table, column, before, Optional.of(type), using);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumnType(this);
    }
}
