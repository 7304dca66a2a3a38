package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.migration.RenamedFrom;
import autogen.render.OperationSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Rows written before a rename are there after it, and after its downgrade. */
@ExtendWith(PostgresExtension.class)
class RenameDataIT {

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; @Column(length = 100) String name; String email; String legacyCode; }

    /** Table renamed, a column renamed and widened, one renamed only by @RenamedFrom (no name in common). */
    @Entity(name = "Client") @Table(name = "client") @RenamedFrom("customer")
    static class Client { @Id Long id; @Column(length = 200) String fullName; String email; @RenamedFrom("legacycode") String reference; }

    @TempDir
    Path migrations;

    @Test
    void rowsSurviveRenamesAndTheirDowngrade(TestDatabase db) throws Exception {
        var s = new Scenario(db, migrations);
        s.autogen(Customer.class).revision(RevisionRequest.of("customers"));
        s.autogen(Customer.class).upgrade("head", m -> {});
        db.execute("INSERT INTO customer (id, name, email, legacycode) VALUES (1, 'Ada Lovelace', 'ada@example.com', 'A-1'), "
                + "(2, 'Grace Hopper', 'grace@example.com', 'G-2')");

        var revision = s.autogen(Client.class).revision(RevisionRequest.of("customer becomes client"));
        assertThat(revision.plan().upgrade()).extracting(OperationSource::statement).containsExactly(
                "op.renameTable(\"customer\", \"client\")",
                "op.renameColumn(\"client\", \"legacycode\", \"reference\")",
                "op.renameColumn(\"client\", \"name\", \"fullname\")",
                "op.renameConstraint(\"client\", \"customer_pkey\", \"client_pkey\")",
                "op.alterColumnType(\"client\", \"fullname\", \"varchar(200)\", \"varchar(100)\")");
        String source = Files.readString(revision.file().orElseThrow());
        assertThat(source).contains("// rename of table customer to client declared by @RenamedFrom")
                .contains("// likely rename of client.name to client.fullname (varchar(100) widened to varchar(200)")
                .contains("// rename of client.legacycode to client.reference declared by @RenamedFrom");

        s.autogen(Client.class).upgrade("head", m -> {});
        List<String> after = db.column("SELECT id || ' ' || fullname || ' ' || email || ' ' || reference FROM client ORDER BY id");
        assertThat(after).containsExactly("1 Ada Lovelace ada@example.com A-1", "2 Grace Hopper grace@example.com G-2");
        assertThat(s.schema()).isEqualTo(s.hibernateExport(Client.class));
        assertThat(s.autogen(Client.class).check().drift()).isEmpty();

        s.autogen(Client.class).downgrade("-1", m -> {});
        assertThat(db.column("SELECT id || ' ' || name || ' ' || email || ' ' || legacycode FROM customer ORDER BY id"))
                .containsExactly("1 Ada Lovelace ada@example.com A-1", "2 Grace Hopper grace@example.com G-2");
        assertThat(s.schema()).isEqualTo(s.hibernateExport(Customer.class));
    }
}
