package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Applied revisions are logged with the checksum of their source; an edited or deleted one is reported. */
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
        Path file = s.autogen(Customer.class).revision("customers", false).file().orElseThrow();
        s.autogen(Customer.class).upgrade("head", m -> {});
        assertThat(db.column("SELECT direction || ' ' || (checksum IS NOT NULL) || ' ' || (applied_by = current_user) "
                + "|| ' ' || (duration_ms >= 0) FROM autogen_version_history")).containsExactly("upgrade true true true");

        String original = Files.readString(file);
        Files.writeString(file, original.replace("\n", "\r\n").replace("    ", "\t"));   // line endings and indentation only
        assertThat(s.autogen(Customer.class).check().clean()).isTrue();

        Files.writeString(file, original.replace("\"varchar(255)\"", "\"varchar(300)\""));
        assertThat(s.autogen(Customer.class).check().edited()).singleElement().asString().endsWith("was edited after it was applied");
        s.autogen(CustomerV2.class).revision("emails", false);
        assertThatThrownBy(() -> s.autogen(CustomerV2.class).upgrade("head", m -> {})).isInstanceOf(MigrationException.class)
                .hasMessageContaining("was edited after it was applied: revert the edit");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE column_name = 'email'")).containsExactly("0");
    }

    @Test
    void aDeletedAppliedRevisionIsReported(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        Path file = s.autogen(Customer.class).revision("customers", false).file().orElseThrow();
        String id = s.autogen(Customer.class).upgrade("head", m -> {}).get(0).id();
        Files.delete(file);
        assertThatThrownBy(() -> s.autogen(Customer.class).check()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("the database is at revision " + id + ", which is not in the migration history");
    }
}
