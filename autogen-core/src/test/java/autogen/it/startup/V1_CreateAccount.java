package autogen.it.startup;

import static autogen.migration.Dsl.column;
import static autogen.migration.Dsl.primaryKey;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

/** The start-up history's first revision, compiled with the tests as an application compiles its own. */
@Revision(id = "a10000000001", message = "create account", created = "2026-12-02T00:00:00Z")
public final class V1_CreateAccount implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable("account", column("id", "bigint").notNull(), column("name", "varchar(100)"),
                column("tier", "varchar(20)"), primaryKey("account_pkey", "id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("account");
    }
}
