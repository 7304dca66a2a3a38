package autogen.diff;

import autogen.ops.AddCheckConstraint;
import autogen.ops.AddForeignKey;
import autogen.ops.CreateIndex;
import autogen.ops.CreateTable;
import autogen.ops.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The forms of locking steps that let the application keep writing, for tables that already exist: indexes built
 * {@code CONCURRENTLY}, foreign keys and checks added {@code NOT VALID} and then validated. They only help outside
 * a transaction, so a revision that uses them runs step by step ({@code @Revision(transactional = false)}).
 */
public final class SafeForms {

    private SafeForms() {}

    public static List<Operation> apply(List<Operation> steps) {
        var fresh = new HashSet<String>();
        var out = new ArrayList<Operation>();
        for (Operation op : steps) {
            if (op instanceof CreateTable t) fresh.add(t.table().name());
            if (op instanceof CreateIndex i && !fresh.contains(i.table())) out.add(new CreateIndex(i.table(), i.index(), true));
            else if (op instanceof AddForeignKey f && !fresh.contains(f.table()))
                out.add(new AddForeignKey(f.table(), f.foreignKey(), true));
            else if (op instanceof AddCheckConstraint c && !fresh.contains(c.table()))
                out.add(new AddCheckConstraint(c.table(), c.constraint(), true));
            else out.add(op);
        }
        return out;
    }

    /** Whether any step needs the revision to run outside a transaction. */
    public static boolean used(List<Operation> steps) {
        return steps.stream().anyMatch(op -> op instanceof CreateIndex i && i.concurrently()
                || op instanceof AddForeignKey f && f.notValidFirst() || op instanceof AddCheckConstraint c && c.notValidFirst());
    }
}
