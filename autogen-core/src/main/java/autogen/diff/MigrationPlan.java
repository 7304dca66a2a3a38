package autogen.diff;

import autogen.ops.Irreversible;
import autogen.ops.IrreversibleOperationException;
import autogen.ops.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The steps of one revision: upgrade as compared, downgrade as the reverse of each step in the mirror order. */
public record MigrationPlan(List<Operation> upgrade, List<Operation> downgrade, Map<Operation, String> notes) {

    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        notes = Map.copyOf(notes);
    }

    public static MigrationPlan of(List<Operation> upgrade) {
        return of(upgrade, Map.of());
    }

    /** {@code notes}: what a reviewer should know about some upgrade steps (a rename's evidence, for instance). */
    public static MigrationPlan of(List<Operation> upgrade, Map<Operation, String> notes) {
        var downgrade = new ArrayList<Operation>();
        for (Operation op : upgrade) {
            try {
                downgrade.add(op.reverse());
            } catch (IrreversibleOperationException e) {
                // the downgrade then fails with the reason when run, rather than pretending to undo the step
                downgrade.add(new Irreversible(e.getMessage()));
            }
        }
        Collections.reverse(downgrade);
        return new MigrationPlan(upgrade, downgrade, notes);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
