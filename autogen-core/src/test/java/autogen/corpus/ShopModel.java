package autogen.corpus;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A web shop: every id strategy (IDENTITY, SEQUENCE with allocation and initial value, AUTO, UUID, @EmbeddedId,
 * @IdClass), @Version int and Instant, nested embeddables with @AttributeOverrides, many-to-one with generated and
 * named foreign keys, @OnDelete CASCADE and SET_NULL, unidirectional one-to-many with @JoinColumn, many-to-many.
 */
final class ShopModel {

    private ShopModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Category.class, Product.class, Tag.class, Customer.class, PurchaseOrder.class,
                OrderNote.class, OrderLine.class, Coupon.class};
    }

    enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED }

    @Embeddable
    static class GeoPoint {
        @Column(name = "latitude", precision = 9, scale = 6) BigDecimal latitude;
        @Column(name = "longitude", precision = 9, scale = 6) BigDecimal longitude;
    }

    @Embeddable
    static class Address {
        @Column(name = "street", length = 200) String street;
        @Column(name = "city", length = 100) String city;
        @Column(name = "postal_code", length = 16) String postalCode;
        @Column(name = "country_code", length = 2) String countryCode;
        @Embedded GeoPoint geo;
    }

    @Entity(name = "Category") @Table(name = "category")
    static class Category {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_gen")
        @SequenceGenerator(name = "category_gen", sequenceName = "category_seq", allocationSize = 10, initialValue = 100)
        Long id;
        @Column(name = "name", nullable = false, unique = true, length = 80) String name;
        @ManyToOne @JoinColumn(name = "parent_id") @OnDelete(action = OnDeleteAction.SET_NULL) Category parent;
    }

    @Entity(name = "Product") @Table(name = "product")
    static class Product {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "sku", nullable = false, unique = true, length = 32) String sku;
        @Column(name = "name", nullable = false, length = 200) String name;
        @Column(name = "price", nullable = false, precision = 12, scale = 2) BigDecimal price;
        @Column(name = "available_from") LocalDate availableFrom;
        @ManyToOne @JoinColumn(name = "category_id", foreignKey = @ForeignKey(name = "fk_product_category")) Category category;
        @ManyToMany @JoinTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id")) Set<Tag> tags;
        @Version @Column(name = "version") int version;
    }

    @Entity(name = "Tag") @Table(name = "tag")
    static class Tag {
        @Id @GeneratedValue Long id;   // AUTO: Hibernate 7 picks a sequence tag_seq, allocation 50
        @Column(name = "label", nullable = false, unique = true, length = 40) String label;
    }

    @Entity(name = "Customer") @Table(name = "customer")
    static class Customer {
        @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
        @Column(name = "email", nullable = false, unique = true, length = 320) String email;
        @Column(name = "display_name", length = 120) String displayName;
        @Embedded
        @AttributeOverrides({
                @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200)),
                @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100)),
                @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 16)),
                @AttributeOverride(name = "countryCode", column = @Column(name = "billing_country_code", length = 2)),
                @AttributeOverride(name = "geo.latitude", column = @Column(name = "billing_lat", precision = 9, scale = 6)),
                @AttributeOverride(name = "geo.longitude", column = @Column(name = "billing_lon", precision = 9, scale = 6))})
        Address billing;
        @Embedded
        @AttributeOverrides({
                @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 200)),
                @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100)),
                @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 16)),
                @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2)),
                @AttributeOverride(name = "geo.latitude", column = @Column(name = "shipping_lat", precision = 9, scale = 6)),
                @AttributeOverride(name = "geo.longitude", column = @Column(name = "shipping_lon", precision = 9, scale = 6))})
        Address shipping;
        @Version @Column(name = "last_modified") Instant lastModified;
    }

    @Entity(name = "PurchaseOrder") @Table(name = "purchase_order")
    static class PurchaseOrder {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "customer_id") @OnDelete(action = OnDeleteAction.CASCADE) Customer customer;
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 16) OrderStatus status;
        @Column(name = "placed_at", nullable = false) Instant placedAt;
        @Column(name = "total", precision = 14, scale = 2) BigDecimal total;
        @OneToMany @JoinColumn(name = "order_id") List<OrderNote> notes;   // unidirectional: the key is on order_note
    }

    @Entity(name = "OrderNote") @Table(name = "order_note")
    static class OrderNote {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "note", nullable = false, length = 2000) String note;
        @Column(name = "written_at") Instant writtenAt;
    }

    @Embeddable
    static class OrderLineId implements Serializable {
        @Column(name = "order_id") Long orderId;
        @Column(name = "line_no") Integer lineNo;

        @Override public boolean equals(Object o) {
            return o instanceof OrderLineId k && java.util.Objects.equals(orderId, k.orderId) && java.util.Objects.equals(lineNo, k.lineNo);
        }

        @Override public int hashCode() { return java.util.Objects.hash(orderId, lineNo); }
    }

    @Entity(name = "OrderLine") @Table(name = "order_line")
    static class OrderLine {
        @EmbeddedId OrderLineId id;
        @MapsId("orderId") @ManyToOne(optional = false) @JoinColumn(name = "order_id") PurchaseOrder order;
        @ManyToOne(optional = false) @JoinColumn(name = "product_id") Product product;
        @Column(name = "quantity", nullable = false) int quantity;
        @Column(name = "unit_price", nullable = false, precision = 12, scale = 2) BigDecimal unitPrice;
    }

    static class CouponKey implements Serializable {
        String code;
        int campaignYear;

        @Override public boolean equals(Object o) {
            return o instanceof CouponKey k && java.util.Objects.equals(code, k.code) && campaignYear == k.campaignYear;
        }

        @Override public int hashCode() { return java.util.Objects.hash(code, campaignYear); }
    }

    @Entity(name = "Coupon") @Table(name = "coupon") @IdClass(CouponKey.class)
    static class Coupon {
        @Id @Column(name = "code", length = 24) String code;
        @Id @Column(name = "campaign_year") int campaignYear;
        @Column(name = "discount_percent", precision = 5, scale = 2) BigDecimal discountPercent;
        @Column(name = "valid_until") LocalDate validUntil;
    }
}
