package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.diff.RenameQuestioner;
import autogen.revision.LoadedMigration;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two branches of the history, upgraded, merged, and downgraded back through the merge; stamp. */
@ExtendWith(PostgresExtension.class)
class BranchesIT {

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "Orders") @Table(name = "orders")
    static class Orders { @Id Long id; }

    @Entity(name = "Invoice") @Table(name = "invoice")
    static class Invoice { @Id Long id; }

    @TempDir
    Path migrations;

    private List<String> versions(TestDatabase db) {
        return db.column("SELECT version_num FROM autogen_version ORDER BY 1");
    }

    @Test
    void twoBranchesAreUpgradedMergedAndDowngradedThroughTheMerge(TestDatabase db) {
        var s = new Scenario(db, migrations);
        String a = s.autogen(Customer.class).revision(RevisionRequest.of("customers")).revision().id();
        s.autogen(Customer.class).upgrade("head", m -> {});
        String b = s.autogen(Customer.class, Orders.class).revision(RevisionRequest.of("orders")).revision().id();
        String c = s.autogen(Customer.class, Invoice.class)
                .revision(RevisionRequest.of("invoices").after(a.substring(0, 6))).revision().id();

        assertThatThrownBy(() -> s.autogen(Customer.class).upgrade("head", m -> {})).isInstanceOf(MigrationException.class)
                .hasMessageContaining("2 heads").hasMessageContaining(b).hasMessageContaining(c)
                .hasMessageContaining("autogen merge -m \"merge\" heads");
        assertThat(s.autogen(Customer.class).upgrade("heads", m -> {})).extracting(LoadedMigration::id).containsExactlyInAnyOrder(b, c);
        assertThat(versions(db)).containsExactlyInAnyOrder(b, c);

        String merge = s.autogen(Customer.class).merge("join", List.of("heads")).revision().id();
        s.autogen(Customer.class).upgrade("head", m -> {});
        assertThat(versions(db)).containsExactly(merge);
        assertThat(s.autogen(Customer.class, Orders.class, Invoice.class).check().clean()).isTrue();

        s.autogen(Customer.class).downgrade("-1", m -> {});
        assertThat(versions(db)).containsExactlyInAnyOrder(b, c);
        s.autogen(Customer.class).downgrade(a, m -> {});
        assertThat(versions(db)).containsExactly(a);
        assertThat(db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"))
                .containsExactly("autogen_version", "autogen_version_history", "customer");
    }

    @Test
    void stampWritesTheVersionTableAndRunsNothing(TestDatabase db) {
        var s = new Scenario(db, migrations);
        String a = s.autogen(Customer.class).revision(RevisionRequest.of("customers")).revision().id();
        db.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(255))");   // made by hand before autogen
        assertThat(s.autogen(Customer.class).stamp(List.of("head"), false)).containsExactly(a);
        assertThat(versions(db)).containsExactly(a);
        assertThat(s.autogen(Customer.class).check().clean()).isTrue();
        assertThat(s.autogen(Customer.class).stamp(List.of("base"), false)).isEmpty();
        assertThat(versions(db)).isEmpty();
        assertThat(db.column("SELECT count(*) FROM customer")).containsExactly("0");
    }
}
