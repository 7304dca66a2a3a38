package autogen.it.startup;

import static autogen.migration.Dsl.column;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;
import java.sql.SQLException;

/** Not in the index: given to the builder explicitly, after V3, to show that a failing Java step rolls back its revision. */
@Revision(id = "a40000000004", down = "a30000000003", message = "fails in Java", created = "2026-12-02T00:03:00Z")
public final class FailingJdbcStep implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("account", column("doomed", "text"));
        op.jdbc("refuses", connection -> {
            throw new SQLException("no tier for account 3");
        });
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("account", "doomed");
    }
}
