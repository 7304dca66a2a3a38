package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.revision.Checksums;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Applied revisions are logged with the checksum of what they do; an edited or deleted one is reported. */
@ExtendWith(PostgresExtension.class)
class IntegrityIT {

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerV2 { @Id Long id; String name; String email; }

    @TempDir
    Path migrations;

    @Test
    void anEditedAppliedRevisionIsReportedButWhitespaceIsNot(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        Path file = s.autogen(Customer.class).revision(RevisionRequest.of("customers")).file().orElseThrow();
        s.autogen(Customer.class).upgrade("head", m -> {});
        assertThat(db.column("SELECT direction || ' ' || (checksum IS NOT NULL) || ' ' || (applied_by = current_user) "
                + "|| ' ' || (duration_ms >= 0) FROM autogen_version_history")).containsExactly("upgrade true true true");

        String original = Files.readString(file);
        Files.writeString(file, original.replace("\n", "\r\n").replace("    ", "\t"));   // line endings and indentation only
        assertThat(s.autogen(Customer.class).check().clean()).isTrue();

        Files.writeString(file, original.replace("\"varchar(255)\"", "\"varchar(300)\""));
        assertThat(s.autogen(Customer.class).check().edited()).singleElement().asString().contains("was edited after it was applied: revert the edit");
        s.autogen(CustomerV2.class).revision(RevisionRequest.of("emails"));
        assertThatThrownBy(() -> s.autogen(CustomerV2.class).upgrade("head", m -> {})).isInstanceOf(MigrationException.class)
                .hasMessageContaining("was edited after it was applied: revert the edit");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE column_name = 'email'")).containsExactly("0");
    }

    @Test
    void rowsOfAnEarlierAutogenAreAcceptedThenRewrittenSoThatCommentsAndABomAreNoEdits(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        Path file = s.autogen(Customer.class).revision(RevisionRequest.of("customers")).file().orElseThrow();
        s.autogen(Customer.class).upgrade("head", m -> {});
        // the history table and checksum as autogen wrote them before: no progress columns, the v1 source checksum
        db.execute("UPDATE autogen_version_history SET checksum = '" + Checksums.v1(file) + "'",
                "ALTER TABLE autogen_version_history DROP COLUMN status, DROP COLUMN steps_done",
                "ALTER TABLE autogen_version_history ALTER COLUMN checksum TYPE varchar(64)");
        assertThat(s.autogen(Customer.class).check().clean()).isTrue();

        s.autogen(CustomerV2.class).revision(RevisionRequest.of("emails"));
        assertThat(s.autogen(CustomerV2.class).upgrade("head", m -> {})).hasSize(1);
        assertThat(db.column("SELECT count(*) FROM autogen_version_history WHERE checksum LIKE 'v2:%'")).containsExactly("2");

        Files.writeString(file, "\uFEFF" + Files.readString(file).replace("public void upgrade(Ops op) {",
                "public void upgrade(Ops op) {\n        // reviewed"));
        assertThat(s.autogen(CustomerV2.class).check().clean()).isTrue();
        Files.writeString(file, Files.readString(file).replace("\"varchar(255)\"", "\"varchar(256)\""));
        assertThat(s.autogen(CustomerV2.class).check().edited()).singleElement().asString().contains("was edited after it was applied: revert the edit");
    }

    @Test
    void aDeletedAppliedRevisionIsReported(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        Path file = s.autogen(Customer.class).revision(RevisionRequest.of("customers")).file().orElseThrow();
        String id = s.autogen(Customer.class).upgrade("head", m -> {}).get(0).id();
        Files.delete(file);
        assertThatThrownBy(() -> s.autogen(Customer.class).check()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("the database is at revision " + id + ", which is not in the migration history");
    }
}
