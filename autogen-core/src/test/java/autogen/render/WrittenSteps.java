package autogen.render;

import autogen.ops.AlterColumnDefault;
import autogen.ops.AlterTableComment;
import autogen.ops.DropCheckConstraint;
import autogen.ops.DropColumn;
import autogen.ops.DropEnumType;
import autogen.ops.DropForeignKey;
import autogen.ops.DropIndex;
import autogen.ops.DropSequence;
import autogen.ops.DropTable;
import autogen.ops.Operation;
import java.util.List;
import java.util.Optional;

/**
 * Steps as a migration's code states them, to compare with what {@link autogen.ops.RecordingOps} records from a
 * compiled class: calls carry no prior definitions (only the generator knows those, to write the reverse), so the
 * drops and alterations here carry none either; a type change is the exception, its current type is written.
 */
final class WrittenSteps {

    private WrittenSteps() {}

    static List<Operation> of(List<Operation> ops) {
        return ops.stream().map(WrittenSteps::of).toList();
    }

    private static Operation of(Operation op) {
        if (op instanceof DropTable d) return new DropTable(d.table(), Optional.empty());
        if (op instanceof DropColumn d) return new DropColumn(d.table(), d.column(), Optional.empty());
        if (op instanceof DropIndex d) return new DropIndex(d.table(), d.name(), Optional.empty(), d.concurrently());
        if (op instanceof DropForeignKey d) return new DropForeignKey(d.table(), d.name(), Optional.empty());
        if (op instanceof DropCheckConstraint d) return new DropCheckConstraint(d.table(), d.name(), Optional.empty());
        if (op instanceof DropSequence d) return new DropSequence(d.name(), Optional.empty());
        if (op instanceof DropEnumType d) return new DropEnumType(d.name(), Optional.empty());
        if (op instanceof AlterColumnDefault a) return new AlterColumnDefault(a.table(), a.column(), a.defaultSql(), Optional.empty());
        if (op instanceof AlterTableComment a) return new AlterTableComment(a.table(), a.comment(), Optional.empty());
        return op;
    }
}
