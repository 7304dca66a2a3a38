package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;
import autogen.revision.LoadedMigration;
import autogen.runtime.Migrator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract revisions ({@code @Revision(contract = true)}): an upgrade, and an application's start-up, stop before
 * them until asked, so a release never removes what the previous release's code still reads; then they apply.
 */
@ExtendWith(PostgresExtension.class)
class ContractIT {

    @Revision(id = "c0a000000001", message = "customers")
    public static final class Customers implements Migration {
        @Override public void upgrade(Ops op) { op.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name text, legacy text)"); }
        @Override public void downgrade(Ops op) { op.execute("DROP TABLE customer"); }
    }

    @Revision(id = "c0a000000002", down = "c0a000000001", message = "expand: nick")
    public static final class Expand implements Migration {
        @Override public void upgrade(Ops op) { op.execute("ALTER TABLE customer ADD COLUMN nick text"); }
        @Override public void downgrade(Ops op) { op.execute("ALTER TABLE customer DROP COLUMN nick"); }
    }

    @Revision(id = "c0a000000003", down = "c0a000000002", message = "contract: drop legacy", contract = true)
    public static final class Contract implements Migration {
        @Override public void upgrade(Ops op) { op.execute("ALTER TABLE customer DROP COLUMN legacy"); }
        @Override public void downgrade(Ops op) { op.execute("ALTER TABLE customer ADD COLUMN legacy text"); }
    }

    @Revision(id = "c0a000000004", down = "c0a000000003", message = "after the contract")
    public static final class After implements Migration {
        @Override public void upgrade(Ops op) { op.execute("ALTER TABLE customer ADD COLUMN since date"); }
        @Override public void downgrade(Ops op) { op.execute("ALTER TABLE customer DROP COLUMN since"); }
    }

    private static Migrator migrator(TestDatabase db, boolean contract) {
        return Migrator.builder(db.dataSource()).migrations(Customers.class, Expand.class, Contract.class, After.class)
                .contract(contract).build();
    }

    @Test
    void startUpStopsBeforeTheContractRevisionUntilAsked(TestDatabase db) {
        var first = migrator(db, false).upgrade();
        assertThat(first.ids()).containsExactly("c0a000000001", "c0a000000002");
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer' ORDER BY 1"))
                .as("the old release still reads legacy").containsExactly("id", "legacy", "name", "nick");
        assertThat(migrator(db, false).upgrade().ids()).as("held back again").isEmpty();

        var contracted = migrator(db, true).upgrade();
        assertThat(contracted.ids()).containsExactly("c0a000000003", "c0a000000004");
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer' ORDER BY 1"))
                .containsExactly("id", "name", "nick", "since");
        assertThat(migrator(db, true).current()).containsExactly("c0a000000004");
    }

    @Test
    void theMarkIsReadFromTheAnnotation() {
        var loaded = autogen.revision.MigrationClasses.of(List.of(Expand.class, Contract.class));
        assertThat(loaded).extracting(LoadedMigration::id).containsExactly("c0a000000002", "c0a000000003");
        assertThat(loaded).extracting(m -> m.info().contract()).containsExactly(false, true);
    }
}
