package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.model.SchemaModel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Up, down and up again with rows in the tables; a failing revision leaves nothing behind. */
@ExtendWith(PostgresExtension.class)
class RoundTripIT {

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; @Column(nullable = false) String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerV2 { @Id Long id; @Column(nullable = false) String name; String email; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerWithLoyalty { @Id Long id; @Column(nullable = false) String name; @Column(nullable = false) Integer loyalty; }

    @Entity(name = "Invoice") @Table(name = "invoice")
    static class Invoice { @Id Long id; @ManyToOne CustomerV2 customer; }

    @TempDir
    Path migrations;

    @Test
    void upgradeHeadDowngradeBaseUpgradeHeadWithRows(TestDatabase db) {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        db.execute("INSERT INTO customer (id, name) VALUES (1, 'Ada'), (2, 'Grace')");
        s.autogen(CustomerV2.class, Invoice.class).revision(RevisionRequest.of("emails and invoices"));
        s.autogen(CustomerV2.class, Invoice.class).upgrade("head", m -> {});
        db.execute("UPDATE customer SET email = 'ada@example.com' WHERE id = 1", "INSERT INTO invoice (id, customer_id) VALUES (10, 1)");
        SchemaModel head = s.schema();

        s.autogen(CustomerV2.class, Invoice.class).downgrade("-1", m -> {});
        assertThat(db.column("SELECT name FROM customer ORDER BY id")).containsExactly("Ada", "Grace");
        assertThat(db.column("SELECT count(*) FROM autogen_version")).containsExactly("1");

        s.autogen(Customer.class).downgrade("base", m -> {});
        assertThat(s.schema()).isEqualTo(SchemaModel.EMPTY);
        assertThat(db.column("SELECT count(*) FROM autogen_version")).containsExactly("0");

        var applied = s.autogen(CustomerV2.class, Invoice.class).upgrade("head", m -> {});
        assertThat(applied).hasSize(2);
        assertThat(s.schema()).isEqualTo(head);
        assertThat(s.autogen(CustomerV2.class, Invoice.class).check().clean()).isTrue();
    }

    /** A NOT NULL column without default on a filled table: added nullable, backfilled, then NOT NULL. */
    @Test
    void aNotNullColumnIsAddedToAFilledTable(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        db.execute("INSERT INTO customer (id, name) VALUES (1, 'Ada'), (2, 'Grace')");
        var revision = s.autogen(CustomerWithLoyalty.class).revision(RevisionRequest.of("loyalty"));
        assertThat(Files.readString(revision.file().orElseThrow()))
                .contains("// AG208 REVIEW: existing rows of customer get 0 in loyalty before it becomes NOT NULL; "
                        + "replace the value if it is not the right one\n")
                .contains("op.addColumn(\"customer\", column(\"loyalty\", \"integer\").notNull(), \"0\");");
        s.autogen(CustomerWithLoyalty.class).upgrade("head", m -> {});
        assertThat(db.column("SELECT loyalty FROM customer ORDER BY id")).containsExactly("0", "0");
        assertThat(db.column("SELECT is_nullable FROM information_schema.columns WHERE column_name = 'loyalty'")).containsExactly("NO");
        assertThat(s.autogen(CustomerWithLoyalty.class).check().drift()).isEmpty();
    }

    /** With lock_timeout, a revision that would queue behind a long lock fails fast and leaves nothing behind. */
    @Test
    void aRevisionWaitingTooLongForALockFailsWithoutApplyingAnything(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations).lockTimeout("200ms");
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        s.autogen(CustomerV2.class).revision(RevisionRequest.of("emails"));
        var before = s.schema();
        try (var holder = db.connect(); var lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE customer IN ACCESS EXCLUSIVE MODE");
            assertThatThrownBy(() -> s.autogen(CustomerV2.class).upgrade("head", m -> {}))
                    .isInstanceOf(MigrationException.class).hasMessageContaining("lock timeout");
            holder.rollback();
        }
        assertThat(s.schema()).isEqualTo(before);
        assertThat(s.autogen(CustomerV2.class).upgrade("head", m -> {})).hasSize(1);
    }

    /** transaction_per=run: a failure in the second revision undoes the first too. */
    @Test
    void withOneTransactionPerRunAFailureLeavesNothingOfTheWholeRun(TestDatabase db) throws Exception {
        var authoring = new Scenario(db, migrations);
        authoring.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        authoring.autogen(Customer.class).upgrade("head", m -> {});
        var second = authoring.autogen(CustomerV2.class).revision(RevisionRequest.of("emails")).file().orElseThrow();
        Files.writeString(second, Files.readString(second).replace("public void upgrade(Ops op) {",
                "public void upgrade(Ops op) {\n        op.execute(\"SELECT 1 / 0\");"));

        TestDatabase target = db.another();
        var s = new Scenario(target, migrations).oneTransactionPerRun();
        assertThatThrownBy(() -> s.autogen(CustomerV2.class).upgrade("head", m -> {}))
                .isInstanceOf(MigrationException.class).hasMessageContaining("division by zero")
                .hasMessageContaining("none of its 2 revisions was applied");
        assertThat(s.schema()).isEqualTo(SchemaModel.EMPTY);
        assertThat(target.column("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'autogen_version%'")).containsExactly("0");
    }

    @Test
    void aFailingRevisionLeavesSchemaAndVersionTableAsBefore(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        db.execute("INSERT INTO customer (id, name) VALUES (1, 'Ada')");
        var second = s.autogen(CustomerV2.class).revision(RevisionRequest.of("emails")).file().orElseThrow();
        // a hand edit that fails half-way: the column is added, then a statement fails
        Files.writeString(second, Files.readString(second).replace(
                "op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"));",
                "op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"));\n        op.execute(\"INSERT INTO customer (id, name) VALUES (1, 'again')\");"));
        SchemaModel before = s.schema();
        var heads = db.column("SELECT version_num FROM autogen_version");

        assertThatThrownBy(() -> s.autogen(CustomerV2.class).upgrade("head", m -> {}))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed, nothing of it was applied")
                .hasMessageContaining("INSERT INTO customer (id, name) VALUES (1, 'again')")
                .hasMessageContaining("duplicate key");
        assertThat(s.schema()).isEqualTo(before);
        assertThat(db.column("SELECT version_num FROM autogen_version")).isEqualTo(heads);
    }

    /** A revision's DDL goes to PostgreSQL as one batch; the statement it refuses is still the one the error names. */
    @Test
    void aFailingStepAmongBatchedOnesIsTheOneNamed(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        var second = s.autogen(CustomerV2.class).revision(RevisionRequest.of("emails")).file().orElseThrow();
        Files.writeString(second, Files.readString(second).replace(
                "op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"));",
                "op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"));\n"
                        + "        op.addColumn(\"customer\", column(\"name\", \"text\"));\n"
                        + "        op.addColumn(\"customer\", column(\"phone\", \"text\"));"));
        SchemaModel before = s.schema();

        assertThatThrownBy(() -> s.autogen(CustomerV2.class).upgrade("head", m -> {}))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed, nothing of it was applied")
                .hasMessageContaining("ADD COLUMN name text`")
                .hasMessageContaining("already exists")
                .hasMessageNotContaining("phone");
        assertThat(s.schema()).isEqualTo(before);
    }
}
