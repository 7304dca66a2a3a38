package autogen.lint;

import autogen.ops.AddColumn;
import autogen.ops.AlterColumnNullable;
import autogen.ops.AlterColumnType;
import autogen.ops.DropColumn;
import autogen.ops.DropTable;
import autogen.ops.Irreversible;
import autogen.ops.Operation;
import java.util.Optional;

/**
 * The comment a reviewer needs above a step that can destroy data or fail on existing rows. Steps that are
 * merely structural get none, so the comments that appear are the ones to read.
 */
public final class ReviewNotes {

    private ReviewNotes() {}

    public static Optional<String> of(Operation op) {
        if (op instanceof DropTable d)
            return Optional.of("DESTRUCTIVE: drops table " + d.table() + " and all its rows");
        if (op instanceof DropColumn d)
            return Optional.of("DESTRUCTIVE: drops " + d.table() + "." + d.column() + " and its data");
        if (op instanceof AddColumn a && a.backfill().isPresent())
            return Optional.of("BACKFILL: existing rows of " + a.table() + " get " + a.backfill().get() + " in "
                    + a.column().name() + " before it becomes NOT NULL; replace the value if it is not the right one");
        if (op instanceof AddColumn a && !a.column().fillsExistingRows())
            return Optional.of("fails if " + a.table() + " has rows: give them a value with op.addColumn(table, column, \"value\")");
        if (op instanceof AlterColumnType t)
            return Optional.of("type change " + t.existing().map(e -> "from " + e + " ").orElse("") + "to " + t.type()
                    + ": rewrites " + t.table() + " under an exclusive lock and fails if a value does not convert");
        if (op instanceof AlterColumnNullable n && !n.nullable())
            return Optional.of("fails if " + n.table() + "." + n.column() + " holds NULLs: backfill them first");
        if (op instanceof Irreversible i)
            return Optional.of("NOT AUTOMATIC: this step fails when run; write it by hand (see the reason)");
        return Optional.empty();
    }
}
