package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.render.OperationSource;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What autogen does not manage is left alone: never dropped, never reported as drift. */
@ExtendWith(PostgresExtension.class)
class UnmanagedObjectsIT {

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "AuditLog") @Table(name = "audit_log")
    static class AuditLog { @Id Long id; String text; }

    @TempDir
    Path migrations;

    @Test
    void tablesViewsAndSequencesNoEntityMapsAndNoRevisionCreatedAreNotDrift(TestDatabase db) {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        db.execute("CREATE TABLE reporting_cache (id int PRIMARY KEY, payload text)",
                "CREATE SEQUENCE invoice_numbers", "CREATE VIEW customer_names AS SELECT name FROM customer");

        assertThat(s.autogen(Customer.class).check().drift()).isEmpty();
        assertThat(s.autogen(Customer.class).revision(RevisionRequest.of("nothing")).file()).isEmpty();
    }

    @Test
    void aTableTheHistoryCreatedIsDroppedWhenItsEntityGoes(TestDatabase db) {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class, AuditLog.class).revision(RevisionRequest.of("both"));
        s.autogen(Customer.class, AuditLog.class).upgrade("head", m -> {});
        assertThat(s.autogen(Customer.class).check().drift()).extracting(OperationSource::statement)
                .containsExactly("op.dropTable(\"audit_log\")");
    }

    @Test
    void excludedTablesAreHiddenOnBothSides(TestDatabase db) {
        var s = new Scenario(db, migrations).exclude("audit_*");
        var revision = s.autogen(Customer.class, AuditLog.class).revision(RevisionRequest.of("customers only"));
        assertThat(revision.plan().upgrade()).extracting(OperationSource::statement)
                .noneMatch(statement -> statement.contains("audit_log"));
        s.autogen(Customer.class, AuditLog.class).upgrade("head", m -> {});
        db.execute("CREATE TABLE audit_log (whatever int)");
        assertThat(s.autogen(Customer.class, AuditLog.class).check().drift()).isEmpty();
    }

    /**
     * Columns, indexes and sequences a database keeps for itself (a trigger's column, a DBA's index) are left alone by
     * kind; an excluded column takes the index on it along, and a column not excluded is still a difference.
     */
    @Test
    void excludedColumnsIndexesAndSequencesAreHiddenOnBothSides(TestDatabase db) {
        var s = new Scenario(db, migrations).exclude("column:customer.legacy_*", "index:dba_*", "sequence:invoice_*");
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        db.execute("ALTER TABLE customer ADD COLUMN legacy_code text", "CREATE INDEX ix_customer_legacy ON customer (legacy_code)",
                "CREATE INDEX dba_customer_name ON customer (name)", "ALTER TABLE customer ADD COLUMN note text");
        assertThat(s.autogen(Customer.class).check().drift()).extracting(OperationSource::statement)
                .containsExactly("op.dropColumn(\"customer\", \"note\")");
        var revision = s.autogen(Customer.class).revision(RevisionRequest.of("drop the note"));
        assertThat(revision.plan().upgrade()).extracting(OperationSource::statement)
                .containsExactly("op.dropColumn(\"customer\", \"note\")");
    }
}
