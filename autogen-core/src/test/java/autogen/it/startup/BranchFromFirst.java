package autogen.it.startup;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

/** Not in the index: a second branch after V1, for validate's "several heads". */
@Revision(id = "b20000000002", down = "a10000000001", message = "a branch", created = "2026-12-02T00:05:00Z")
public final class BranchFromFirst implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("SELECT 1");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("SELECT 1");
    }
}
