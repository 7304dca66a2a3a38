package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.model.SchemaModel;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The --sql script, run by a DBA (here through JDBC), does what upgrade does; the idempotent one can run twice. */
@ExtendWith(PostgresExtension.class)
class OfflineScriptIT {

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer", indexes = @Index(name = "ix_customer_email", columnList = "email"))
    static class CustomerV2 { @Id Long id; String name; String email; }

    @TempDir
    Path migrations;

    private Scenario history(TestDatabase online) {
        var s = new Scenario(online, migrations);
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        s.autogen(CustomerV2.class).revision(RevisionRequest.of("emails"));
        s.autogen(CustomerV2.class).upgrade("head", m -> {});
        return s;
    }

    @Test
    void theOfflineScriptGivesTheSameSchemaAndVersionAsTheOnlineUpgrade(TestDatabase online) {
        var s = history(online);
        TestDatabase offline = online.another();
        offline.execute(s.autogen(CustomerV2.class).upgradeSql("head", false));
        assertThat(Scenario.read(offline)).isEqualTo(Scenario.read(online));
        assertThat(offline.column("SELECT version_num FROM autogen_version"))
                .isEqualTo(online.column("SELECT version_num FROM autogen_version"));
    }

    @Test
    void theIdempotentScriptRunTwiceChangesNothingTheSecondTime(TestDatabase online) {
        var s = history(online);
        TestDatabase target = online.another();
        String up = s.autogen(CustomerV2.class).upgradeSql("head", true);
        target.execute(up);
        SchemaModel once = Scenario.read(target);
        target.execute(up);
        assertThat(Scenario.read(target)).isEqualTo(once).isEqualTo(Scenario.read(online));
        assertThat(target.column("SELECT count(*) FROM autogen_version")).containsExactly("1");

        String down = s.autogen(CustomerV2.class).downgradeSql("head:base", true);
        target.execute(down);
        target.execute(down);
        assertThat(Scenario.read(target)).isEqualTo(SchemaModel.EMPTY);
        assertThat(target.column("SELECT count(*) FROM autogen_version")).containsExactly("0");
    }

    /** A database an earlier autogen migrated: its history table lacks the columns the script's history rows fill. */
    @Test
    void aScriptFromAnEarlierHistoryTableBringsItUpToDateFirst(TestDatabase online) {
        var s = history(online);
        TestDatabase earlier = online.another();
        String first = s.autogen(CustomerV2.class).history().ordered().get(0).id();
        earlier.execute(s.autogen(CustomerV2.class).upgradeSql(first, false));
        earlier.execute("UPDATE autogen_version_history SET checksum = left(checksum, 64)",
                "ALTER TABLE autogen_version_history DROP COLUMN status, DROP COLUMN steps_done",
                "ALTER TABLE autogen_version_history ALTER COLUMN checksum TYPE varchar(64)");

        earlier.execute(s.autogen(CustomerV2.class).upgradeSql(first + ":head", false));

        assertThat(Scenario.read(earlier)).isEqualTo(Scenario.read(online));
        assertThat(earlier.column("SELECT status FROM autogen_version_history ORDER BY applied_at DESC LIMIT 1")).containsExactly("done");
    }
}
