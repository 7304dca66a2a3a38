package autogen.it;

import autogen.tooling.RevisionRequest;
import static autogen.it.Scenario.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.render.OperationSource;
import autogen.MigrationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.nio.file.Path;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.GeneratedColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per change kind: entities v1 → revision → upgrade, then entities v2 → revision with exactly the
 * expected steps → upgrade reaches what Hibernate's own export creates for v2, {@code check} is clean →
 * downgrade returns to v1 exactly.
 */
@ExtendWith(PostgresExtension.class)
class ChangeScenariosIT {

    @TempDir
    Path migrations;

    private void change(TestDatabase db, Class<?>[] v1, Class<?>[] v2, String... expectedUpgrade) {
        new Scenario(db, migrations).assertChange(v1, v2, expectedUpgrade);
    }


    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerWithEmail { @Id Long id; String name; String email; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerLongName { @Id Long id; @Column(length = 400) String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerNameRequired { @Id Long id; @Column(nullable = false) String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerNameDefault { @Id Long id; @ColumnDefault("'anonymous'") String name; }

    @Entity(name = "Customer") @Table(name = "customer", comment = "Who buys")
    static class CustomerCommented { @Id Long id; @Column(comment = "Full name, as printed") String name; }

    @Entity(name = "Customer") @Table(name = "customer", comment = "Who buys from us")
    static class CustomerRecommented { @Id Long id; @Column(comment = "Full name") String name; }

    @Entity(name = "Customer") @Table(name = "customer", indexes = @Index(name = "ix_customer_name", columnList = "name"))
    static class CustomerIndexed { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer", indexes = @Index(name = "ix_customer_name", columnList = "name desc"))
    static class CustomerIndexedDescending { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer", uniqueConstraints = @UniqueConstraint(name = "uk_customer_name", columnNames = "name"))
    static class CustomerUniqueName { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerSequenced {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
        @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
        Long id;
        String name;
    }

    enum Status { NEW, PAID }

    enum StatusWithShipped { NEW, PAID, SHIPPED }

    @Entity(name = "Orders") @Table(name = "orders")
    static class OrdersWithStatus { @Id Long id; @Enumerated(EnumType.STRING) @Column(length = 16) Status status; }

    @Entity(name = "Orders") @Table(name = "orders")
    static class OrdersWithShipped { @Id Long id; @Enumerated(EnumType.STRING) @Column(length = 16) StatusWithShipped status; }

    enum Priority { LOW, HIGH }

    /** The same enum one release later: same simple name, so the same PostgreSQL type. */
    static final class V2 {
        enum Priority { LOW, ELEVATED, HIGH }
    }

    @Entity(name = "Orders") @Table(name = "orders")
    static class OrdersWithPriority {
        @Id Long id;
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Priority priority;
    }

    @Entity(name = "Orders") @Table(name = "orders")
    static class OrdersWithMediumPriority {
        @Id Long id;
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) V2.Priority priority;
    }

    @Entity(name = "Region") @Table(name = "region", schema = "sales")
    static class Region { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerInRegion {
        @Id Long id; String name;
        @ManyToOne @JoinColumn(name = "region_id", foreignKey = @ForeignKey(name = "fk_customer_region")) Region region;
    }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerWithSerialNumber { @Id Long id; String name; @Column(columnDefinition = "serial") Integer number; }

    @Entity(name = "Invoice") @Table(name = "invoice")
    static class Invoice { @Id Long id; int net; int tax; }

    @Entity(name = "Invoice") @Table(name = "invoice")
    static class InvoiceWithGross { @Id Long id; int net; int tax; @GeneratedColumn("net + tax") Integer gross; }

    @Entity(name = "Invoice") @Table(name = "invoice")
    static class InvoiceWithRoundedGross { @Id Long id; int net; int tax; @GeneratedColumn("(net + tax) / 10 * 10") Integer gross; }

    @Entity(name = "Orders") @Table(name = "orders")
    static class Orders {
        @Id Long id;
        @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer")) Customer customer;
    }

    @Entity(name = "Orders") @Table(name = "orders")
    static class OrdersWithoutCustomerKey { @Id Long id; @Column(name = "customer_id") Long customerId; }

    @Test
    void addColumn(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerWithEmail.class),
                "op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"))");
    }

    @Test
    void dropColumn(TestDatabase db) {
        change(db, model(CustomerWithEmail.class), model(Customer.class), "op.dropColumn(\"customer\", \"email\")");
    }

    @Test
    void alterType(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerLongName.class),
                "op.alterColumnType(\"customer\", \"name\", \"varchar(400)\", \"varchar(255)\")");
    }

    @Test
    void alterNullability(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerNameRequired.class), "op.setNotNull(\"customer\", \"name\")");
    }

    @Test
    void alterDefault(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerNameDefault.class),
                "op.setDefault(\"customer\", \"name\", \"'anonymous'\")");
    }

    @Test
    void createIndex(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerIndexed.class),
                "op.createIndex(\"customer\", index(\"ix_customer_name\", \"name\"))");
    }

    @Test
    void dropIndex(TestDatabase db) {
        change(db, model(CustomerIndexed.class), model(Customer.class), "op.dropIndex(\"customer\", \"ix_customer_name\")");
    }

    @Test
    void changedIndexOrderingIsRebuilt(TestDatabase db) {
        change(db, model(CustomerIndexed.class), model(CustomerIndexedDescending.class),
                "op.dropIndex(\"customer\", \"ix_customer_name\")",
                "op.createIndex(\"customer\", index(\"ix_customer_name\", \"name DESC\"))");
    }

    @Test
    void addUniqueConstraint(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerUniqueName.class),
                "op.addUniqueConstraint(\"customer\", unique(\"uk_customer_name\", \"name\"))");
    }

    @Test
    void dropUniqueConstraint(TestDatabase db) {
        change(db, model(CustomerUniqueName.class), model(Customer.class),
                "op.dropUniqueConstraint(\"customer\", \"uk_customer_name\")");
    }

    @Test
    void createTableWithForeignKey(TestDatabase db) {
        change(db, model(Customer.class), model(Customer.class, Orders.class),
                "op.createTable(\"orders\", column(\"id\", \"bigint\").notNull(), column(\"customer_id\", \"bigint\"), primaryKey(\"orders_pkey\", \"id\"))",
                "op.addForeignKey(\"orders\", foreignKey(\"fk_orders_customer\", \"customer_id\").references(\"customer\", \"id\"))");
    }

    @Test
    void dropTableWithForeignKey(TestDatabase db) {
        change(db, model(Customer.class, Orders.class), model(Customer.class),
                "op.dropForeignKey(\"orders\", \"fk_orders_customer\")", "op.dropTable(\"orders\")");
    }

    @Test
    void dropForeignKeyOnly(TestDatabase db) {
        change(db, model(Customer.class, Orders.class), model(Customer.class, OrdersWithoutCustomerKey.class),
                "op.dropForeignKey(\"orders\", \"fk_orders_customer\")");
    }

    @Test
    void addForeignKeyToAnExistingColumn(TestDatabase db) {
        change(db, model(Customer.class, OrdersWithoutCustomerKey.class), model(Customer.class, Orders.class),
                "op.addForeignKey(\"orders\", foreignKey(\"fk_orders_customer\", \"customer_id\").references(\"customer\", \"id\"))");
    }

    /** Alembic cannot see this: the check Hibernate derives from the enum changes with its constants. */
    @Test
    void enumConstantAddedChangesTheCheckConstraint(TestDatabase db) {
        change(db, model(OrdersWithStatus.class), model(OrdersWithShipped.class),
                "op.alterCheckConstraint(\"orders\", check(\"orders_status_check\", \"status in ('NEW','PAID','SHIPPED')\"), "
                        + "check(\"orders_status_check\", \"status in ('NEW','PAID')\"))");
    }

    @Test
    void tableAndColumnCommentsAreSet(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerCommented.class),
                "op.setTableComment(\"customer\", \"Who buys\")",
                "op.setColumnComment(\"customer\", \"name\", \"Full name, as printed\")");
    }

    @Test
    void changedCommentsAreSetAgain(TestDatabase db) {
        change(db, model(CustomerCommented.class), model(CustomerRecommented.class),
                "op.setTableComment(\"customer\", \"Who buys from us\")",
                "op.setColumnComment(\"customer\", \"name\", \"Full name\")");
    }

    @Test
    void removedCommentsAreDropped(TestDatabase db) {
        change(db, model(CustomerCommented.class), model(Customer.class),
                "op.dropTableComment(\"customer\")", "op.dropColumnComment(\"customer\", \"name\")");
    }

    @Test
    void namedEnumTypeIsCreatedWithTheTableThatUsesIt(TestDatabase db) {
        change(db, model(Customer.class), model(Customer.class, OrdersWithPriority.class),
                "op.createEnumType(enumType(\"priority\", \"HIGH\", \"LOW\"))",
                "op.createTable(\"orders\", column(\"id\", \"bigint\").notNull(), column(\"priority\", \"priority\"), primaryKey(\"orders_pkey\", \"id\"))");
    }

    /** Hibernate orders the values by name; the new one goes in its place, not at the end. */
    @Test
    void enumConstantAddedToANamedTypeIsAddedInPlace(TestDatabase db) {
        var s = new Scenario(db, migrations);
        s.autogen(OrdersWithPriority.class).revision(RevisionRequest.of("v1"));
        s.autogen(OrdersWithPriority.class).upgrade("head", m -> {});
        var revision = s.autogen(OrdersWithMediumPriority.class).revision(RevisionRequest.of("v2"));
        assertThat(revision.plan().upgrade()).extracting(OperationSource::statement)
                .containsExactly("op.addEnumValueBefore(\"priority\", \"ELEVATED\", \"HIGH\")");
        assertThat(revision.plan().downgrade()).extracting(OperationSource::statement).singleElement().asString()
                .startsWith("op.irreversible(\"PostgreSQL cannot remove value ELEVATED from enum type priority");
        s.autogen(OrdersWithMediumPriority.class).upgrade("head", m -> {});
        assertThat(s.schema()).isEqualTo(s.hibernateExport(OrdersWithMediumPriority.class));
        assertThat(s.autogen(OrdersWithMediumPriority.class).check().drift()).isEmpty();
        assertThatThrownBy(() -> s.autogen(OrdersWithMediumPriority.class).downgrade("-1", m -> {}))
                .isInstanceOf(MigrationException.class).hasMessageContaining("cannot remove value ELEVATED");
        assertThat(s.schema()).isEqualTo(s.hibernateExport(OrdersWithMediumPriority.class));
    }

    @Test
    void generatedColumnIsAdded(TestDatabase db) {
        change(db, model(Invoice.class), model(InvoiceWithGross.class),
                "op.addColumn(\"invoice\", column(\"gross\", \"integer\").generatedAs(\"net + tax\"))");
    }

    @Test
    void changedGenerationExpressionIsSetInPlace(TestDatabase db) {
        change(db, model(InvoiceWithGross.class), model(InvoiceWithRoundedGross.class),
                "op.setGenerationExpression(\"invoice\", \"gross\", \"(net + tax) / 10 * 10\")");
    }

    @Test
    void tableInAnotherSchemaCreatesTheSchemaAndIsReferencedAcrossIt(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerInRegion.class, Region.class),
                "op.createSchema(\"sales\")",
                "op.createTable(\"sales.region\", column(\"id\", \"bigint\").notNull(), column(\"name\", \"varchar(255)\"), primaryKey(\"region_pkey\", \"id\"))",
                "op.addColumn(\"customer\", column(\"region_id\", \"bigint\"))",
                "op.addForeignKey(\"customer\", foreignKey(\"fk_customer_region\", \"region_id\").references(\"sales.region\", \"id\"))");
        assertThat(db.column("SELECT count(*) FROM pg_namespace WHERE nspname = 'sales'")).as("dropped with its last table")
                .containsExactly("0");
    }

    /** Tools reading JDBC metadata see integer + nextval + a sequence here and report drift; autogen sees serial. */
    @Test
    void serialColumnIsAddedAndReadBackAsSerial(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerWithSerialNumber.class),
                "op.addColumn(\"customer\", column(\"number\", \"serial\").notNull())");
    }

    /** Real differences are never normalised away: an index rebuilt by hand with another access method is drift. */
    @Test
    void anIndexRebuiltWithAnotherMethodIsDrift(TestDatabase db) {
        var s = new Scenario(db, migrations);
        s.autogen(CustomerIndexed.class).revision(RevisionRequest.of("v1"));
        s.autogen(CustomerIndexed.class).upgrade("head", m -> {});
        db.execute("DROP INDEX ix_customer_name", "CREATE INDEX ix_customer_name ON customer USING hash (name)");
        assertThat(s.autogen(CustomerIndexed.class).check().drift()).extracting(OperationSource::statement).containsExactly(
                "op.dropIndex(\"customer\", \"ix_customer_name\")",
                "op.createIndex(\"customer\", index(\"ix_customer_name\", \"name\"))");
    }

    @Test
    void createSequence(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerSequenced.class),
                "op.createSequence(sequence(\"customer_seq\", 1, 50))");
    }

    @Test
    void dropSequence(TestDatabase db) {
        change(db, model(CustomerSequenced.class), model(Customer.class), "op.dropSequence(\"customer_seq\")");
    }
}
