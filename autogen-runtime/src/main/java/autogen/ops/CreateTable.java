package autogen.ops;

import autogen.model.Table;
import java.util.Optional;

/** {@code CREATE TABLE} with its columns, primary key, unique and check constraints; indexes and foreign keys are separate steps. */
public record CreateTable(Table table) implements Operation {
    public CreateTable {
        table = table.withoutIndexesAndForeignKeys();
    }

    @Override
    public Operation reverse() {
        return new DropTable(table.name(), Optional.of(table));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}
