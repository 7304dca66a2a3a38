package autogen.diff;

import autogen.ops.DropColumn;
import autogen.ops.DropSequence;
import autogen.ops.DropTable;
import autogen.ops.Irreversible;
import autogen.ops.IrreversibleOperationException;
import autogen.ops.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The steps of one revision: upgrade as compared, downgrade as the reverse of each step in the mirror order. */
public record MigrationPlan(List<Operation> upgrade, List<Operation> downgrade, Map<Operation, String> notes,
        Map<Operation, String> downgradeNotes) {

    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        notes = Map.copyOf(notes);
        downgradeNotes = Map.copyOf(downgradeNotes);
    }

    public static MigrationPlan of(List<Operation> upgrade) {
        return of(upgrade, Map.of());
    }

    /** {@code notes}: what a reviewer should know about some upgrade steps (a rename's evidence, for instance). */
    public static MigrationPlan of(List<Operation> upgrade, Map<Operation, String> notes) {
        return of(upgrade, notes, Map.of());
    }

    /**
     * {@code reverses}: the steps that undo some upgrade steps, in the order they run (none: nothing to undo), for
     * steps that are undone otherwise than by their own {@link Operation#reverse} (raw SQL autogen wrote itself).
     */
    public static MigrationPlan of(List<Operation> upgrade, Map<Operation, String> notes, Map<Operation, List<Operation>> reverses) {
        var downgrade = new ArrayList<Operation>();
        var downgradeNotes = new HashMap<Operation, String>();
        var lastFirst = new ArrayList<>(upgrade);
        Collections.reverse(lastFirst);
        for (Operation op : lastFirst) {
            if (reverses.containsKey(op)) {
                downgrade.addAll(reverses.get(op));
                continue;
            }
            try {
                Operation reverse = op.reverse();
                downgrade.add(reverse);
                dataNotRestored(op).ifPresent(note -> downgradeNotes.put(reverse, note));
            } catch (IrreversibleOperationException e) {
                // the downgrade then fails with the reason when run, rather than pretending to undo the step
                downgrade.add(new Irreversible(e.getMessage()));
            }
        }
        return new MigrationPlan(upgrade, downgrade, notes, downgradeNotes);
    }

    /** Undoing a drop brings the structure back, not the rows: the reviewer of a downgrade must know. */
    private static Optional<String> dataNotRestored(Operation dropped) {
        if (dropped instanceof DropTable t) return Optional.of("recreates table " + t.table() + " empty: its rows are not restored");
        if (dropped instanceof DropColumn c)
            return Optional.of("recreates " + c.table() + "." + c.column() + " empty: its data is not restored");
        if (dropped instanceof DropSequence s)
            return Optional.of("recreates sequence " + s.name() + " at its start value, not where it was");
        return Optional.empty();
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
