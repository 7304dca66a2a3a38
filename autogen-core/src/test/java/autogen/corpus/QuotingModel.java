package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.math.BigDecimal;
import org.hibernate.annotations.Check;

/**
 * Identifiers: quoted mixed-case and reserved-word tables and columns, and names at and beyond PostgreSQL's
 * 63-byte limit (a 63-character table and column; a 70-character table, sequence and index name that PostgreSQL
 * truncates; unnamed constraints whose generated names PostgreSQL must shorten and de-duplicate).
 */
final class QuotingModel {

    private QuotingModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {OrderItem.class, AppUser.class, LongNamed.class, LongerThanLimit.class, LongReference.class};
    }

    /** 63 characters exactly. */
    static final String TABLE_63 = "warehouse_inventory_adjustment_request_approval_history_entries";
    /** 63 characters exactly. */
    static final String COLUMN_63 = "requested_adjustment_quantity_in_base_units_of_measure_original";
    /** 70 characters: PostgreSQL keeps the first 63. */
    static final String TABLE_70 = "customer_relationship_management_opportunity_pipeline_stage_transition";

    @Entity(name = "AppUser") @Table(name = "\"user\"")
    static class AppUser {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "\"order\"") Integer order;             // a reserved word, quoted
        @Column(name = "\"UserName\"", nullable = false, unique = true, length = 60) String userName;
        @Column(name = "email", length = 320) String email;
    }

    @Entity(name = "OrderItem")
    @Table(name = "\"OrderItem\"",
            indexes = @Index(name = "\"IX_OrderItem_Select\"", columnList = "\"select\", \"Quantity\""),
            uniqueConstraints = @UniqueConstraint(name = "\"UK_OrderItem_Sku\"", columnNames = {"\"SKU\"", "\"user_id\""}))
    @Check(constraints = "\"Quantity\" > 0")
    static class OrderItem {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "\"select\"", length = 40) String select;
        @Column(name = "\"Quantity\"", nullable = false) int quantity;
        @Column(name = "\"SKU\"", nullable = false, length = 32) String sku;
        @Column(name = "\"Unit Price\"", precision = 10, scale = 2) BigDecimal unitPrice;
        @ManyToOne @JoinColumn(name = "\"user_id\"") AppUser user;
    }

    @Entity(name = "LongNamed")
    @Table(name = TABLE_63)
    static class LongNamed {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = COLUMN_63, nullable = false, unique = true) int requestedQuantity;
        // shares its first 29 characters with COLUMN_63: both unnamed unique keys shorten to the same name
        @Column(name = "requested_adjustment_quantity_in_secondary_units_of_measure", unique = true) Integer secondaryQuantity;
        @Column(name = "approved", nullable = false) @Check(constraints = "approved in (0, 1)") int approved;
    }

    @Entity(name = "LongerThanLimit")
    @Table(name = TABLE_70,
            indexes = @Index(name = "ix_customer_relationship_management_opportunity_pipeline_stage_transition_stage",
                    columnList = "stage_name_before_the_transition_happened_in_the_sales_pipeline_view"))
    static class LongerThanLimit {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "long_gen")
        @SequenceGenerator(name = "long_gen",
                sequenceName = "crm_opportunity_pipeline_stage_transition_identifier_sequence_generator", allocationSize = 5)
        Long id;
        // 68 characters: PostgreSQL keeps the first 63
        @Column(name = "stage_name_before_the_transition_happened_in_the_sales_pipeline_view", length = 80) String stageBefore;
        @Column(name = "stage_after", length = 80) String stageAfter;
    }

    @Entity(name = "LongReference") @Table(name = "long_reference")
    static class LongReference {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne @JoinColumn(name = "transition_id",
                foreignKey = @ForeignKey(name = "fk_long_reference_customer_relationship_management_opportunity_transition"))
        LongerThanLimit transition;
        @ManyToOne @JoinColumn(name = "history_entry_id") LongNamed historyEntry;
    }
}
