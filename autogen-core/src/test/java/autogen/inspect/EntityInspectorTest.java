package autogen.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ColumnType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.OnDelete;
import autogen.model.PrimaryKey;
import autogen.model.Sequence;
import autogen.model.Table;
import autogen.model.UniqueConstraint;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.api.Test;

class EntityInspectorTest {

    // ---- entities: static nested classes, as in Hibernate's own tests ----

    @Entity(name = "Product")
    @jakarta.persistence.Table(name = "product")
    static class Product {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        String name;
        @jakarta.persistence.Column(precision = 10, scale = 2) BigDecimal price;
        @jakarta.persistence.Column(nullable = false) String sku;
        @ColumnDefault("0") int stock;
    }

    @Entity(name = "Invoice")
    @jakarta.persistence.Table(name = "invoice")
    static class Invoice {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_gen")
        @SequenceGenerator(name = "invoice_gen", sequenceName = "invoice_ids", allocationSize = 50)
        Long id;
    }

    @Entity(name = "Note")
    static class Note {
        @Id @GeneratedValue Long id;
    }

    @Entity(name = "Customer")
    @jakarta.persistence.Table(name = "customer")
    static class Customer {
        @Id Long id;
    }

    @Entity(name = "Purchase")
    @jakarta.persistence.Table(name = "purchase")
    static class Purchase {
        @Id Long id;
        @ManyToOne Customer customer;
        @ManyToOne @org.hibernate.annotations.OnDelete(action = OnDeleteAction.CASCADE) Customer payer;
        @ManyToOne @JoinColumn(foreignKey = @jakarta.persistence.ForeignKey(jakarta.persistence.ConstraintMode.NO_CONSTRAINT))
        Customer referrer;
    }

    @Entity(name = "Account")
    @jakarta.persistence.Table(name = "account",
            indexes = {@jakarta.persistence.Index(name = "ix_account_region_created", columnList = "region, created"),
                       @jakarta.persistence.Index(columnList = "nickname", unique = true)},
            uniqueConstraints = @jakarta.persistence.UniqueConstraint(name = "uq_account_region_login", columnNames = {"region", "login"}))
    static class Account {
        @Id Long id;
        String region;
        String login;
        LocalDate created;
        String nickname;
        @jakarta.persistence.Column(unique = true) String email;
    }

    @Embeddable
    static class Address {
        String street;
        @jakarta.persistence.Column(name = "zip_code", length = 10) String zip;
    }

    @Entity(name = "Shop")
    @jakarta.persistence.Table(name = "shop")
    static class Shop {
        @Id Long id;
        @Embedded Address address;
    }

    enum Status { OPEN, WAITING, CLOSED }

    enum Priority { LOW, HIGH }

    @Entity(name = "Ticket")
    @jakarta.persistence.Table(name = "ticket")
    static class Ticket {
        @Id Long id;
        @Enumerated(EnumType.ORDINAL) Status status;
        @Enumerated(EnumType.STRING) Priority priority;
    }

    @Entity(name = "Reading")
    @jakarta.persistence.Table(name = "reading")
    static class Reading {
        @Id UUID id;
        Instant takenAt;
        LocalDateTime localTakenAt;
        OffsetDateTime offsetTakenAt;
        LocalTime timeOfDay;
        double value;
        float roughValue;
        Double boxedValue;
        boolean valid;
        byte[] raw;
        BigDecimal amount;
    }

    @Entity(name = "Audit")
    @jakarta.persistence.Table(name = "audit_entry", schema = "audit")
    static class AuditEntry {
        @Id Long id;
    }

    @Entity(name = "NoId")
    static class NoId {
        String name;
    }

    // ---- tests ----

    private static Table table(String name, Class<?>... classes) {
        return EntityInspector.forClasses(List.of(classes)).read().table(name).orElseThrow();
    }

    @Test
    void simpleEntityWithIdentityIdDefaultsPrecisionAndNullability() {
        assertThat(table("product", Product.class)).isEqualTo(new Table("product",
                List.of(Column.of("id", "bigint").generatedAsIdentity(),
                        Column.of("name", "varchar(255)"),
                        Column.of("price", "numeric(10,2)"),
                        Column.of("sku", "varchar(255)").notNull(),
                        Column.of("stock", "integer").notNull().defaultSql("0")),
                Optional.of(new PrimaryKey("product_pkey", List.of("id"))),
                List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void sequenceIdsGiveSequencesWithHibernatesAllocationSize() {
        var model = EntityInspector.forClasses(List.of(Invoice.class, Note.class)).read();
        assertThat(model.sequences()).containsExactly(new Sequence("invoice_ids", 1, 50), new Sequence("note_seq", 1, 50));
        assertThat(model.table("invoice").orElseThrow().columns()).containsExactly(Column.of("id", "bigint").notNull());
        assertThat(model.table("note").orElseThrow().primaryKey()).contains(new PrimaryKey("note_pkey", List.of("id")));
    }

    @Test
    void manyToOneGivesForeignKeysToThePrimaryKeyAndNoConstraintModeGivesNone() {
        var purchase = table("purchase", Customer.class, Purchase.class);
        assertThat(purchase.columns()).containsExactly(Column.of("id", "bigint").notNull(), Column.of("customer_id", "bigint"),
                Column.of("payer_id", "bigint"), Column.of("referrer_id", "bigint"));
        assertThat(purchase.foreignKeys()).containsExactly(
                ForeignKey.named("fk1nfu70va7xi9b55cujfqt38ml", "payer_id").references("customer", "id").onDelete(OnDelete.CASCADE),
                ForeignKey.named("fk2pehe23hwdcyql94c531rbf70", "customer_id").references("customer", "id"));
    }

    @Test
    void tableIndexesUniqueConstraintsAndUniqueColumns() {
        var account = table("account", Account.class);
        assertThat(account.indexes()).containsExactly(new Index("ix_account_region_created", List.of("region", "created"), false));
        // a unique @Index and @Column(unique = true) are written unnamed, so PostgreSQL names them <table>_<columns>_key
        assertThat(account.uniqueConstraints()).containsExactly(
                new UniqueConstraint("account_email_key", List.of("email")),
                new UniqueConstraint("account_nickname_key", List.of("nickname")),
                new UniqueConstraint("uq_account_region_login", List.of("region", "login")));
    }

    @Test
    void embeddedColumnsArePartOfTheOwningTable() {
        assertThat(table("shop", Shop.class, Address.class).columns()).containsExactly(
                Column.of("id", "bigint").notNull(), Column.of("street", "varchar(255)"), Column.of("zip_code", "varchar(10)"));
    }

    @Test
    void enumsAreSmallintOrVarcharWithTheChecksHibernateAdds() {
        var ticket = table("ticket", Ticket.class);
        assertThat(ticket.columns()).containsExactly(Column.of("id", "bigint").notNull(),
                Column.of("priority", "varchar(255)"), Column.of("status", "smallint"));
        assertThat(ticket.checks()).containsExactly(
                new CheckConstraint("ticket_priority_check", "priority in ('LOW','HIGH')"),
                new CheckConstraint("ticket_status_check", "status between 0 and 2"));
    }

    @Test
    void typesAreTheDialectsDdlTypes() {
        // in Hibernate's column order: the key, then the properties by name; float is written float4, kept as float(24)
        var types = table("reading", Reading.class).columns().stream()
                .map(c -> c.name() + " " + c.type().sql() + (c.nullable() ? "" : " not null")).toList();
        assertThat(types).containsExactly(
                "id uuid not null",
                "amount numeric(38,2)",
                "boxedvalue float(53)",
                "localtakenat timestamp(6)",
                "offsettakenat timestamp(6) with time zone",
                "raw bytea",
                "roughvalue float(24) not null",
                "takenat timestamp(6) with time zone",
                "timeofday time(0)",
                "valid boolean not null",
                "value float(53) not null");
    }

    @Test
    void aTableInAnotherSchemaIsNamedWithItsSchema() {
        var model = EntityInspector.forClasses(List.of(AuditEntry.class)).read();
        assertThat(model.tables()).extracting(t -> t.name()).containsExactly("audit.audit_entry");
        assertThat(model.schemas()).containsExactly("audit");
        // PostgreSQL names the key after the bare table name, in the table's schema
        assertThat(model.tables().get(0).primaryKey().get().name()).isEqualTo("audit_entry_pkey");
    }

    @Test
    void aMappingHibernateRejectsIsAConfigurationErrorNamingTheClass() {
        assertThatThrownBy(() -> EntityInspector.forClasses(List.of(NoId.class)).read())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Hibernate rejects the entity mapping")
                .hasMessageContaining(NoId.class.getName())
                .hasMessageNotContaining("\n");
    }

    @Test
    void scanningTheClasspathFindsTheMappedClassesOfThePackage() {
        var inspector = EntityInspector.forClasspath(List.of(Path.of("target/test-classes")), List.of("autogen.inspect"));
        assertThat(inspector.classes()).contains(Product.class, Purchase.class, Address.class, Ticket.class)
                .doesNotContain(EntityInspectorTest.class, Status.class);
    }

    @Test
    void scanningAPackageWithoutEntitiesSaysWhatToFix() {
        assertThatThrownBy(() -> EntityInspector.forClasspath(List.of(Path.of("target/test-classes")), List.of("autogen.nothing")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("no @Entity classes in packages [autogen.nothing] on classpath [target/test-classes]: "
                        + "build the entities first or fix `entities`/`classpath` in autogen.properties");
    }

    @Test
    void aMissingClasspathEntryIsNamed() {
        assertThatThrownBy(() -> EntityInspector.forClasspath(List.of(Path.of("target/no-such-classes")), List.of("shop")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("classpath entry target/no-such-classes does not exist");
    }
}
