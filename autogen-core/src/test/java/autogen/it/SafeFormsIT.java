package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.diff.RenameQuestioner;
import autogen.render.OperationSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Non-blocking forms on filled tables: a revision outside a transaction, applied, checked, and undone. */
@ExtendWith(PostgresExtension.class)
class SafeFormsIT {

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "Orders") @Table(name = "orders")
    static class Orders { @Id Long id; @Column(name = "customer_id") Long customerId; }

    @Entity(name = "Orders") @Table(name = "orders", indexes = @Index(name = "ix_orders_customer", columnList = "customer_id"))
    static class OrdersIndexed {
        @Id Long id;
        @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer")) Customer customer;
    }

    @TempDir
    Path migrations;

    @Test
    void indexBuiltConcurrentlyAndKeyValidatedAfterwardsOnFilledTables(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class, Orders.class).revision(RevisionRequest.of("v1"));
        s.autogen(Customer.class, Orders.class).upgrade("head", m -> {});
        db.execute("INSERT INTO customer VALUES (1, 'Ada')", "INSERT INTO orders VALUES (10, 1), (11, 1)");

        var revision = s.autogen(Customer.class, OrdersIndexed.class).revision(RevisionRequest.of("index and key").withSafeForms(true));
        assertThat(revision.revision().transactional()).isFalse();
        assertThat(revision.plan().upgrade()).extracting(OperationSource::statement).containsExactly(
                "op.createIndexConcurrently(\"orders\", index(\"ix_orders_customer\", \"customer_id\"))",
                "op.addForeignKeyNotValidFirst(\"orders\", foreignKey(\"fk_orders_customer\", \"customer_id\").references(\"customer\", \"id\"))");
        assertThat(Files.readString(revision.file().orElseThrow())).contains("transactional = false").contains("Runs outside a transaction");

        s.autogen(Customer.class, OrdersIndexed.class).upgrade("head", m -> {});
        assertThat(s.schema()).isEqualTo(s.hibernateExport(Customer.class, OrdersIndexed.class));
        assertThat(db.column("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_orders_customer'")).containsExactly("t");
        assertThat(s.autogen(Customer.class, OrdersIndexed.class).check().drift()).isEmpty();

        s.autogen(Customer.class, OrdersIndexed.class).downgrade("-1", m -> {});
        assertThat(db.column("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_orders_customer'")).containsExactly("0");
        assertThat(db.column("SELECT count(*) FROM orders")).containsExactly("2");
    }

    @Test
    void aFailedValidationSaysWhatStaysAppliedAndTheNextUpgradeResumesThere(TestDatabase db) {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class, Orders.class).revision(RevisionRequest.of("v1"));
        s.autogen(Customer.class, Orders.class).upgrade("head", m -> {});
        db.execute("INSERT INTO customer VALUES (1, 'Ada')", "INSERT INTO orders VALUES (10, 1), (11, 99)");
        s.autogen(Customer.class, OrdersIndexed.class).revision(RevisionRequest.of("index and key").withSafeForms(true));
        var version = db.column("SELECT version_num FROM autogen_version");

        assertThatThrownBy(() -> s.autogen(Customer.class, OrdersIndexed.class).upgrade("head", m -> {}))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed outside a transaction at step 3 of 3 (`ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer`)")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("the 2 step(s) before it stay applied and are recorded: fix the cause and run autogen "
                        + "again to resume at this step");
        assertThat(db.column("SELECT version_num FROM autogen_version")).isEqualTo(version);
        assertThat(db.column("SELECT steps_done FROM autogen_version_history WHERE status = 'running'")).containsExactly("2");

        db.execute("DELETE FROM orders WHERE customer_id = 99");
        assertThat(s.autogen(Customer.class, OrdersIndexed.class).upgrade("head", m -> {})).hasSize(1);
        assertThat(s.autogen(Customer.class, OrdersIndexed.class).check().clean()).isTrue();
        assertThat(db.column("SELECT count(*) FROM autogen_version_history WHERE status <> 'done'")).containsExactly("0");
    }
}
