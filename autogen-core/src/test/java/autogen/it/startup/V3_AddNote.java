package autogen.it.startup;

import static autogen.migration.Dsl.column;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

@Revision(id = "a30000000003", down = "a20000000002", message = "add note", created = "2026-12-02T00:02:00Z")
public final class V3_AddNote implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("account", column("note", "text"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("account", "note");
    }
}
