package autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.cli.fixtures.rolling.v1.Customer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --expand-contract}: between the expand and the contract revision the old and the new version of
 * an application (two Hibernate session factories, one per version of the entity) run on one database at once, each
 * reading what the other writes; the contract revision then leaves exactly what the entities map, and undoes with
 * the rows kept.
 */
class ExpandContractIT {

    @RegisterExtension
    static final CliDatabases databases = new CliDatabases();

    @TempDir
    Path project;

    private CliProcess run(String... args) {
        return CliProcess.run(project, Map.of(), args);
    }

    @Test
    void theOldAndTheNewCodeRunAtOnceBetweenTheTwoRevisions() throws IOException {
        var db = databases.create();
        CliDatabases.configure(project, "autogen.cli.fixtures.rolling.v1", "url=" + db.url(), "user=postgres");
        assertThat(run("revision", "-m", "customers").exitCode()).isZero();
        assertThat(run("upgrade", "head").exitCode()).isZero();
        try (var old = sessions(Customer.class, db)) {
            old.inTransaction(s -> s.persist(oldCustomer("Ada", "ada")));
        }

        CliDatabases.configure(project, "autogen.cli.fixtures.rolling.v2", "url=" + db.url(), "user=postgres");
        var split = run("revision", "--expand-contract", "-m", "full names");
        assertThat(split.exitCode()).as(split.all()).isZero();
        assertThat(split.out()).contains("_FullNamesExpand.java").contains("apply it before deploying the new code")
                .contains("_FullNamesContract.java").contains("a contract revision: `upgrade` holds it back until --contract");
        assertThat(migrations()).hasSize(3);
        assertThat(Files.readString(migrations().stream().filter(f -> f.toString().endsWith("Contract.java")).findFirst().orElseThrow()))
                .contains("contract = true").contains("op.dropColumn(\"customer\", \"name\")");

        var expanded = run("-q", "upgrade", "head");
        assertThat(expanded.exitCode()).as(expanded.all()).isZero();
        assertThat(expanded.out()).contains("full names (expand)").contains("Held back ");

        try (var old = sessions(Customer.class, db); var current = sessions(autogen.cli.fixtures.rolling.v2.Customer.class, db)) {
            old.inTransaction(s -> s.persist(oldCustomer("Grace", "grace")));
            current.inTransaction(s -> s.persist(newCustomer("Linus", "gold")));
            assertThat(fullNames(current)).containsExactly("Ada", "Grace", "Linus");
            assertThat(names(old)).containsExactly("Ada", "Grace", "Linus");

            old.inTransaction(s -> s.find(Customer.class, 1L).name = "Ada L.");
            current.inTransaction(s -> s.find(autogen.cli.fixtures.rolling.v2.Customer.class, 2L).fullName = "Grace H.");
            assertThat(fullNames(current)).containsExactly("Ada L.", "Grace H.", "Linus");
            assertThat(names(old)).containsExactly("Ada L.", "Grace H.", "Linus");
            // a name is unique for either version, whichever wrote it
            assertThatThrownBy(() -> old.inTransaction(s -> s.persist(oldCustomer("Linus", "again"))))
                    .hasStackTraceContaining("duplicate key value");
            assertThatThrownBy(() -> current.inTransaction(s -> s.persist(newCustomer("Ada L.", "gold"))))
                    .hasStackTraceContaining("duplicate key value");
        }

        var contracted = run("-q", "upgrade", "head", "--contract");
        assertThat(contracted.exitCode()).as(contracted.all()).isZero();
        assertThat(contracted.out()).contains("full names (contract)").doesNotContain("Held back");
        var check = run("check");
        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(db.column("SELECT full_name || ':' || tier FROM customer ORDER BY id"))
                .containsExactly("Ada L.:", "Grace H.:", "Linus:gold");   // the old code's rows got the placeholder ''
        assertThat(db.column("SELECT column_default IS NULL FROM information_schema.columns WHERE table_name = 'customer' "
                + "AND column_name = 'tier'")).containsExactly("t");
        assertThat(db.column("SELECT count(*) FROM pg_trigger WHERE tgname = 'customer_full_name_sync'")).containsExactly("0");
        assertThat(db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'customer' ORDER BY 1"))
                .containsExactly("customer_full_name_key", "customer_pkey", "ix_customer_name_city");

        // undoing the contract brings the old column back with its values, its NOT NULL, its index and key
        var undone = run("-q", "downgrade", "-1");
        assertThat(undone.exitCode()).as(undone.all()).isZero();
        assertThat(db.column("SELECT name FROM customer ORDER BY id")).containsExactly("Ada L.", "Grace H.", "Linus");
        assertThat(db.column("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'customer' AND column_name = 'name'"))
                .containsExactly("NO");
        assertThat(db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'customer' ORDER BY 1")).containsExactly(
                "customer_full_name_key_next", "customer_name_key", "customer_pkey", "ix_customer_name_city", "ix_customer_name_city_next");
        try (var old = sessions(Customer.class, db)) {
            old.inTransaction(s -> s.persist(oldCustomer("Barbara", "barb")));
        }
        assertThat(db.column("SELECT full_name FROM customer ORDER BY id")).containsExactly("Ada L.", "Grace H.", "Linus", "Barbara");
        assertThat(run("-q", "upgrade", "head", "--contract").exitCode()).isZero();
        assertThat(run("check").exitCode()).isZero();
    }

    @Test
    void aTableRenameIsRefusedWithItsReasonAndNothingIsWritten() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.rolling.v1");
        assertThat(run("-q", "revision", "-m", "customers").exitCode()).isZero();
        CliDatabases.configure(project, "autogen.cli.fixtures.rolling.table");
        var refused = run("-q", "revision", "--expand-contract", "-m", "clients");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).startsWith("error: --expand-contract: renaming table customer to client cannot be split")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(migrations()).hasSize(1);
    }

    @Test
    void withNothingThatBreaksTheOldCodeItIsOneRevision() throws IOException {
        CliDatabases.configure(project, "autogen.cli.fixtures.v1");
        assertThat(run("-q", "revision", "-m", "customers").exitCode()).isZero();
        CliDatabases.configure(project, "autogen.cli.fixtures.v2");
        var one = run("revision", "--expand-contract", "-m", "email");
        assertThat(one.exitCode()).as(one.all()).isZero();
        assertThat(one.out()).contains("_Email.java").doesNotContain("contract revision");
        assertThat(String.join("\n", one.progress())).contains("nothing in this revision breaks the code running now, so it is one revision");
        assertThat(migrations()).hasSize(2);
    }

    private List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static SessionFactory sessions(Class<?> entity, CliDatabases.Db db) {
        return new Configuration().addAnnotatedClass(entity)
                .setProperty("hibernate.connection.url", db.url())
                .setProperty("hibernate.connection.username", "postgres")
                .setProperty("hibernate.connection.pool_size", "2")
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .buildSessionFactory();
    }

    private static Customer oldCustomer(String name, String nickname) {
        var customer = new Customer();
        customer.name = name;
        customer.city = "Paris";
        customer.nickname = nickname;
        return customer;
    }

    private static autogen.cli.fixtures.rolling.v2.Customer newCustomer(String fullName, String tier) {
        var customer = new autogen.cli.fixtures.rolling.v2.Customer();
        customer.fullName = fullName;
        customer.city = "Oslo";
        customer.tier = tier;
        return customer;
    }

    private static List<String> fullNames(SessionFactory sessions) {
        return sessions.fromTransaction(s -> s.createQuery("select c.fullName from Customer c order by c.id", String.class).getResultList());
    }

    private static List<String> names(SessionFactory sessions) {
        return sessions.fromTransaction(s -> s.createQuery("select c.name from Customer c order by c.id", String.class).getResultList());
    }
}
