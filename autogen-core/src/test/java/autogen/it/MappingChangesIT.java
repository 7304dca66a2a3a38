package autogen.it;

import static autogen.it.Scenario.model;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.render.OperationSource;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of mapping change (inheritance, mapped superclasses, embeddables, collections, associations,
 * ids, types, checks, unique constraints): entities v1 → revision → upgrade, then entities v2 → revision with
 * exactly the expected steps → upgrade reaches what Hibernate's own export creates for v2, {@code check} is clean →
 * downgrade returns to v1 exactly.
 */
@ExtendWith(PostgresExtension.class)
class MappingChangesIT {

    @TempDir
    Path migrations;

    private void change(TestDatabase db, Class<?>[] v1, Class<?>[] v2, String... expectedUpgrade) {
        new Scenario(db, migrations).assertChange(v1, v2, expectedUpgrade);
    }


    // ---- 1. SINGLE_TABLE inheritance: a subclass with a new field

    static final class SingleV1 {
        @Entity(name = "Vehicle") @Table(name = "vehicle") @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
        static class Vehicle { @Id Long id; String name; }

        @Entity(name = "Car")
        static class Car extends Vehicle { Integer doors; }
    }

    static final class SingleV2 {
        @Entity(name = "Vehicle") @Table(name = "vehicle") @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
        static class Vehicle { @Id Long id; String name; }

        @Entity(name = "Car")
        static class Car extends Vehicle { Integer doors; }

        @Entity(name = "Truck")
        static class Truck extends Vehicle { Integer payload; }
    }

    /** Hibernate checks the discriminator values, so a new subclass changes that check too. */
    @Test
    void singleTableSubclassAdded(TestDatabase db) {
        change(db, model(SingleV1.Vehicle.class, SingleV1.Car.class),
                model(SingleV2.Vehicle.class, SingleV2.Car.class, SingleV2.Truck.class),
                "op.addColumn(\"vehicle\", column(\"payload\", \"integer\"))",
                "op.alterCheckConstraint(\"vehicle\", check(\"vehicle_dtype_check\", \"DTYPE in ('Vehicle','Car','Truck')\"), "
                        + "check(\"vehicle_dtype_check\", \"dtype in ('Vehicle','Car')\"))");
    }

    // ---- 2. JOINED inheritance: a subclass (new table, PK that is an FK to the parent)

    static final class JoinedV1 {
        @Entity(name = "Payment") @Table(name = "payment") @Inheritance(strategy = InheritanceType.JOINED)
        static class Payment { @Id Long id; BigDecimal amount; }

        @Entity(name = "CardPayment") @Table(name = "card_payment")
        static class CardPayment extends Payment { String cardNumber; }
    }

    static final class JoinedV2 {
        @Entity(name = "Payment") @Table(name = "payment") @Inheritance(strategy = InheritanceType.JOINED)
        static class Payment { @Id Long id; BigDecimal amount; }

        @Entity(name = "CardPayment") @Table(name = "card_payment")
        static class CardPayment extends Payment { String cardNumber; }

        @Entity(name = "BankPayment") @Table(name = "bank_payment")
        static class BankPayment extends Payment { String iban; }
    }

    @Test
    void joinedSubclassAdded(TestDatabase db) {
        change(db, model(JoinedV1.Payment.class, JoinedV1.CardPayment.class),
                model(JoinedV2.Payment.class, JoinedV2.CardPayment.class, JoinedV2.BankPayment.class),
                "op.createTable(\"bank_payment\", column(\"iban\", \"varchar(255)\"), column(\"id\", \"bigint\").notNull(), primaryKey(\"bank_payment_pkey\", \"id\"))",
                "op.addForeignKey(\"bank_payment\", foreignKey(\"fk528r4m3sfq8cbl95dq29r7qoo\", \"id\").references(\"payment\", \"id\"))");
    }

    // ---- 3. @MappedSuperclass: an audit field added to the superclass

    static final class AuditV1 {
        @MappedSuperclass
        abstract static class Audited { @Id Long id; }

        @Entity(name = "Customer") @Table(name = "customer")
        static class Customer extends Audited { String name; }

        @Entity(name = "Product") @Table(name = "product")
        static class Product extends Audited { String title; }
    }

    static final class AuditV2 {
        @MappedSuperclass
        abstract static class Audited { @Id Long id; Instant createdAt; }

        @Entity(name = "Customer") @Table(name = "customer")
        static class Customer extends Audited { String name; }

        @Entity(name = "Product") @Table(name = "product")
        static class Product extends Audited { String title; }
    }

    @Test
    void mappedSuperclassFieldAddedToEveryTable(TestDatabase db) {
        change(db, model(AuditV1.Customer.class, AuditV1.Product.class),
                model(AuditV2.Customer.class, AuditV2.Product.class),
                "op.addColumn(\"customer\", column(\"createdat\", \"timestamp(6) with time zone\"))",
                "op.addColumn(\"product\", column(\"createdat\", \"timestamp(6) with time zone\"))");
    }

    // ---- 4. @Embeddable: a field added; @AttributeOverride renaming a column

    static final class EmbedV1 {
        @Embeddable
        static class Address { String street; String city; }

        @Entity(name = "Customer") @Table(name = "customer")
        static class Customer { @Id Long id; @Embedded Address address; }
    }

    static final class EmbedV2 {
        @Embeddable
        static class Address { String street; String city; @Column(length = 16) String zip; }

        @Entity(name = "Customer") @Table(name = "customer")
        static class Customer { @Id Long id; @Embedded Address address; }
    }

    static final class EmbedOverridden {
        @Entity(name = "Customer") @Table(name = "customer")
        static class Customer {
            @Id Long id;
            @Embedded @AttributeOverride(name = "city", column = @Column(name = "town")) EmbedV1.Address address;
        }
    }

    @Test
    void embeddableFieldAdded(TestDatabase db) {
        change(db, model(EmbedV1.Customer.class), model(EmbedV2.Customer.class),
                "op.addColumn(\"customer\", column(\"zip\", \"varchar(16)\"))");
    }

    /** Renames are not detected yet: the override is a new column and the old one is dropped with its data. */
    @Test
    void attributeOverrideRenamesAColumn(TestDatabase db) {
        change(db, model(EmbedV1.Customer.class), model(EmbedOverridden.Customer.class),
                "op.addColumn(\"customer\", column(\"town\", \"varchar(255)\"))",
                "op.dropColumn(\"customer\", \"city\")");
    }

    // ---- 5. @ElementCollection: a collection of basics with @CollectionTable; @OrderColumn on an existing list

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer { @Id Long id; String name; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerWithTags {
        @Id Long id; String name;
        @ElementCollection
        @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"),
                foreignKey = @ForeignKey(name = "fk_customer_tag_customer"))
        @Column(name = "tag", length = 32)
        Set<String> tags;
    }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerWithPhones {
        @Id Long id; String name;
        @ElementCollection
        @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"),
                foreignKey = @ForeignKey(name = "fk_customer_phone_customer"))
        @Column(name = "phone", length = 32)
        List<String> phones;
    }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerWithOrderedPhones {
        @Id Long id; String name;
        @ElementCollection
        @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"),
                foreignKey = @ForeignKey(name = "fk_customer_phone_customer"))
        @Column(name = "phone", length = 32)
        @OrderColumn(name = "position")
        List<String> phones;
    }

    /** A set of nullable basics gets a unique constraint over (owner, element) from Hibernate, not a primary key. */
    @Test
    void elementCollectionAdded(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerWithTags.class),
                "op.createTable(\"customer_tag\", column(\"customer_id\", \"bigint\").notNull(), column(\"tag\", \"varchar(32)\"), unique(\"customer_tag_customer_id_tag_key\", \"customer_id\", \"tag\"))",
                "op.addForeignKey(\"customer_tag\", foreignKey(\"fk_customer_tag_customer\", \"customer_id\").references(\"customer\", \"id\"))");
    }

    /** The list becomes indexed: position NOT NULL, the primary key and Hibernate's position>=0 check. */
    @Test
    void orderColumnAddedToAnExistingList(TestDatabase db) {
        change(db, model(CustomerWithPhones.class), model(CustomerWithOrderedPhones.class),
                "op.addColumn(\"customer_phone\", column(\"position\", \"integer\").notNull(), \"0\")",
                "op.addPrimaryKey(\"customer_phone\", primaryKey(\"customer_phone_pkey\", \"customer_id\", \"position\"))",
                "op.addCheckConstraint(\"customer_phone\", check(\"customer_phone_position_check\", \"position>=0\"))");
    }

    // ---- 6. @OneToOne added

    @Entity(name = "Passport") @Table(name = "passport")
    static class Passport { @Id Long id; String number; }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerWithPassport {
        @Id Long id; String name;
        @OneToOne @JoinColumn(name = "passport_id", foreignKey = @ForeignKey(name = "fk_customer_passport")) Passport passport;
    }

    @Test
    void oneToOneAdded(TestDatabase db) {
        change(db, model(Customer.class, Passport.class), model(CustomerWithPassport.class, Passport.class),
                "op.addColumn(\"customer\", column(\"passport_id\", \"bigint\"))",
                "op.addUniqueConstraint(\"customer\", unique(\"customer_passport_id_key\", \"passport_id\"))",
                "op.addForeignKey(\"customer\", foreignKey(\"fk_customer_passport\", \"passport_id\").references(\"passport\", \"id\"))");
    }

    // ---- 7. @ManyToMany added with @JoinTable

    @Entity(name = "Course") @Table(name = "course")
    static class Course { @Id Long id; String title; }

    @Entity(name = "Student") @Table(name = "student")
    static class Student { @Id Long id; String name; }

    @Entity(name = "Student") @Table(name = "student")
    static class StudentWithCourses {
        @Id Long id; String name;
        @ManyToMany
        @JoinTable(name = "student_course",
                joinColumns = @JoinColumn(name = "student_id"), foreignKey = @ForeignKey(name = "fk_student_course_student"),
                inverseJoinColumns = @JoinColumn(name = "course_id"), inverseForeignKey = @ForeignKey(name = "fk_student_course_course"))
        Set<Course> courses;
    }

    @Test
    void manyToManyAdded(TestDatabase db) {
        change(db, model(Student.class, Course.class), model(StudentWithCourses.class, Course.class),
                "op.createTable(\"student_course\", column(\"student_id\", \"bigint\").notNull(), column(\"course_id\", \"bigint\").notNull(), primaryKey(\"student_course_pkey\", \"student_id\", \"course_id\"))",
                "op.addForeignKey(\"student_course\", foreignKey(\"fk_student_course_course\", \"course_id\").references(\"course\", \"id\"))",
                "op.addForeignKey(\"student_course\", foreignKey(\"fk_student_course_student\", \"student_id\").references(\"student\", \"id\"))");
    }

    // ---- 8. @OnDelete(CASCADE) added to an existing @ManyToOne

    @Entity(name = "Orders") @Table(name = "orders")
    static class Orders {
        @Id Long id;
        @ManyToOne @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer")) Customer customer;
    }

    @Entity(name = "Orders") @Table(name = "orders")
    static class OrdersCascading {
        @Id Long id;
        @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE)
        @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer")) Customer customer;
    }

    /** One step that names the change, not a drop and an add of the same key. */
    @Test
    void onDeleteCascadeAdded(TestDatabase db) {
        change(db, model(Customer.class, Orders.class), model(Customer.class, OrdersCascading.class),
                "op.alterForeignKey(\"orders\", foreignKey(\"fk_orders_customer\", \"customer_id\").references(\"customer\", \"id\").onDelete(autogen.model.OnDelete.CASCADE), "
                        + "foreignKey(\"fk_orders_customer\", \"customer_id\").references(\"customer\", \"id\"))");
    }

    // ---- 9. Ids: sequence allocation size; @Version added

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerSequenced50 {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
        @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
        Long id;
        String name;
    }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerSequenced20 {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
        @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 20)
        Long id;
        String name;
    }

    @Entity(name = "Customer") @Table(name = "customer")
    static class CustomerVersioned { @Id Long id; String name; @Version Long version; }

    @Test
    void sequenceAllocationSizeChanged(TestDatabase db) {
        change(db, model(CustomerSequenced50.class), model(CustomerSequenced20.class),
                "op.alterSequence(sequence(\"customer_seq\", 1, 20))");
    }

    /** Hibernate maps the version NOT NULL without a default: the step fails on a table that has rows. */
    @Test
    void versionAdded(TestDatabase db) {
        change(db, model(Customer.class), model(CustomerVersioned.class),
                "op.addColumn(\"customer\", column(\"version\", \"bigint\").notNull(), \"0\")");
    }

    // ---- 10. Types

    @Entity(name = "Item") @Table(name = "item")
    static class Item {
        @Id Long id;
        @Column(length = 100) String name;
        @Column(precision = 10, scale = 2) BigDecimal price;
        LocalDateTime updatedAt;
        int quantity;
    }

    @Entity(name = "Item") @Table(name = "item")
    static class ItemLongerName {
        @Id Long id;
        @Column(length = 200) String name;
        @Column(precision = 10, scale = 2) BigDecimal price;
        LocalDateTime updatedAt;
        int quantity;
    }

    @Entity(name = "Item") @Table(name = "item")
    static class ItemWiderPrice {
        @Id Long id;
        @Column(length = 100) String name;
        @Column(precision = 14, scale = 2) BigDecimal price;
        LocalDateTime updatedAt;
        int quantity;
    }

    @Entity(name = "Item") @Table(name = "item")
    static class ItemInstant {
        @Id Long id;
        @Column(length = 100) String name;
        @Column(precision = 10, scale = 2) BigDecimal price;
        Instant updatedAt;
        int quantity;
    }

    @Entity(name = "Item") @Table(name = "item")
    static class ItemLongQuantity {
        @Id Long id;
        @Column(length = 100) String name;
        @Column(precision = 10, scale = 2) BigDecimal price;
        LocalDateTime updatedAt;
        long quantity;
    }

    @Test
    void stringLengthChanged(TestDatabase db) {
        change(db, model(Item.class), model(ItemLongerName.class),
                "op.alterColumnType(\"item\", \"name\", \"varchar(200)\", \"varchar(100)\")");
    }

    @Test
    void decimalPrecisionChanged(TestDatabase db) {
        change(db, model(Item.class), model(ItemWiderPrice.class),
                "op.alterColumnType(\"item\", \"price\", \"numeric(14,2)\", \"numeric(10,2)\")");
    }

    @Test
    void localDateTimeToInstant(TestDatabase db) {
        change(db, model(Item.class), model(ItemInstant.class),
                "op.alterColumnType(\"item\", \"updatedat\", \"timestamp(6) with time zone\", \"timestamp(6)\", "
                        + "using(\"updatedat AT TIME ZONE 'UTC'\"))");
    }

    @Test
    void intToLong(TestDatabase db) {
        change(db, model(Item.class), model(ItemLongQuantity.class),
                "op.alterColumnType(\"item\", \"quantity\", \"bigint\", \"integer\")");
    }

    @Entity(name = "Item") @Table(name = "item")
    static class ItemWeighed {
        @Id Long id;
        @Column(length = 100) String name;
        @Column(precision = 10, scale = 2) BigDecimal price;
        LocalDateTime updatedAt;
        int quantity;
        Float weight;
    }

    @Entity(name = "Item") @Table(name = "item")
    static class ItemWeighedPrecisely {
        @Id Long id;
        @Column(length = 100) String name;
        @Column(precision = 10, scale = 2) BigDecimal price;
        LocalDateTime updatedAt;
        int quantity;
        Double weight;
    }

    /** Written as Hibernate's dialect writes a {@code float}: {@code float4}, not the canonical {@code float(24)}. */
    @Test
    void floatColumnAddedAsTheDialectWritesIt(TestDatabase db) {
        change(db, model(Item.class), model(ItemWeighed.class),
                "op.addColumn(\"item\", column(\"weight\", \"float4\"))");
    }

    @Test
    void floatToDouble(TestDatabase db) {
        change(db, model(ItemWeighed.class), model(ItemWeighedPrecisely.class),
                "op.alterColumnType(\"item\", \"weight\", \"float(53)\", \"float4\")");
    }

    static final class TwoLevels {
        enum Level { INFO, WARN }

        @Entity(name = "Event") @Table(name = "event")
        static class Event { @Id Long id; @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) Level level; Level rank; }
    }

    static final class ThreeLevels {
        enum Level { INFO, WARN, ERROR }

        @Entity(name = "Event") @Table(name = "event")
        static class Event { @Id Long id; @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) Level level; Level rank; }
    }

    /**
     * The checks Hibernate derives from an enum grow in place, one statement each, with no "may fail" (every row passed
     * a narrower check); the downgrade restores them as Hibernate writes them, not as PostgreSQL stores them, and may fail.
     */
    @Test
    void enumConstantAddedWidensItsChecksInPlace(TestDatabase db) {
        change(db, model(TwoLevels.Event.class), model(ThreeLevels.Event.class),
                "op.alterCheckConstraint(\"event\", check(\"event_level_check\", \"level in ('INFO','WARN','ERROR')\"), "
                        + "check(\"event_level_check\", \"level in ('INFO','WARN')\"))",
                "op.alterCheckConstraint(\"event\", check(\"event_rank_check\", \"rank between 0 and 2\"), "
                        + "check(\"event_rank_check\", \"rank between 0 and 1\"))");
        String written = writtenRevision("V2");
        assertThat(written.substring(0, written.indexOf("downgrade("))).doesNotContain("AG204");
        assertThat(written.substring(written.indexOf("downgrade("))).contains("AG204 MAY FAIL")
                .doesNotContain("::character varying", ">=");
    }

    /** The source of the revision whose class name ends in {@code suffix}. */
    private String writtenRevision(String suffix) {
        try (var files = java.nio.file.Files.list(migrations)) {
            return java.nio.file.Files.readString(files.filter(f -> f.getFileName().toString().endsWith("_" + suffix + ".java"))
                    .findFirst().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Entity(name = "Room") @Table(name = "room")
    static class Room { @Id Long id; }

    @Entity(name = "Shelf")
    @Table(name = "shelf", uniqueConstraints = @UniqueConstraint(name = "uk_shelf_code", columnNames = "code"),
            indexes = @jakarta.persistence.Index(name = "ix_shelf_label", columnList = "label"))
    @Check(name = "ck_shelf_depth", constraints = "depth > 0")
    static class Shelf {
        @Id Long id; String code; String label; int depth;
        @ManyToOne @JoinColumn(name = "room_id", foreignKey = @ForeignKey(name = "fk_shelf_room")) Room room;
    }

    @Entity(name = "Shelf")
    @Table(name = "shelf", uniqueConstraints = @UniqueConstraint(name = "uq_shelf_code", columnNames = "code"),
            indexes = @jakarta.persistence.Index(name = "idx_shelf_label", columnList = "label"))
    @Check(name = "shelf_depth_check", constraints = "depth > 0")
    static class ShelfRenamed {
        @Id Long id; String code; String label; int depth;
        @ManyToOne @JoinColumn(name = "room_id", foreignKey = @ForeignKey(name = "shelf_room_fk")) Room room;
    }

    /** Same definitions under new names: renamed in place, a check too, though PostgreSQL stores it as {@code (depth > 0)}. */
    @Test
    void constraintsAndIndexesWithNewNamesAreRenamed(TestDatabase db) {
        change(db, model(Room.class, Shelf.class), model(Room.class, ShelfRenamed.class),
                "op.renameConstraint(\"shelf\", \"uk_shelf_code\", \"uq_shelf_code\")",
                "op.renameConstraint(\"shelf\", \"ck_shelf_depth\", \"shelf_depth_check\")",
                "op.renameIndex(\"shelf\", \"ix_shelf_label\", \"idx_shelf_label\")",
                "op.renameConstraint(\"shelf\", \"fk_shelf_room\", \"shelf_room_fk\")");
    }

    // ---- 11. @Check added on a table, then its text changed

    @Entity(name = "Product") @Table(name = "product")
    static class Product { @Id Long id; int price; }

    @Entity(name = "Product") @Table(name = "product")
    @Check(name = "product_price_check", constraints = "price > 0")
    static class ProductChecked { @Id Long id; int price; }

    @Entity(name = "Product") @Table(name = "product")
    @Check(name = "product_price_check", constraints = "price >= 0")
    static class ProductCheckedRelaxed { @Id Long id; int price; }

    @Test
    void checkAdded(TestDatabase db) {
        change(db, model(Product.class), model(ProductChecked.class),
                "op.addCheckConstraint(\"product\", check(\"product_price_check\", \"price > 0\"))");
    }

    @Test
    void checkTextChanged(TestDatabase db) {
        change(db, model(ProductChecked.class), model(ProductCheckedRelaxed.class),
                "op.alterCheckConstraint(\"product\", check(\"product_price_check\", \"price >= 0\"), "
                        + "check(\"product_price_check\", \"price > 0\"))");
    }

    // ---- 12. A two-column unique constraint added; @Column(unique = true) removed

    @Entity(name = "Account") @Table(name = "account")
    static class Account { @Id Long id; String tenant; String login; @Column(unique = true) String email; }

    @Entity(name = "Account") @Table(name = "account",
            uniqueConstraints = @UniqueConstraint(name = "uk_account_tenant_login", columnNames = {"tenant", "login"}))
    static class AccountUniqueLogin { @Id Long id; String tenant; String login; @Column(unique = true) String email; }

    @Entity(name = "Account") @Table(name = "account")
    static class AccountEmailNotUnique { @Id Long id; String tenant; String login; String email; }

    @Test
    void twoColumnUniqueConstraintAdded(TestDatabase db) {
        change(db, model(Account.class), model(AccountUniqueLogin.class),
                "op.addUniqueConstraint(\"account\", unique(\"uk_account_tenant_login\", \"tenant\", \"login\"))");
    }

    @Test
    void columnUniqueRemoved(TestDatabase db) {
        change(db, model(Account.class), model(AccountEmailNotUnique.class),
                "op.dropUniqueConstraint(\"account\", \"account_email_key\")");
    }
}
