package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.GeneratedColumn;
import org.hibernate.generator.EventType;

/**
 * Feature: database-generated values: a stored generated column (@GeneratedColumn), @Generated with an SQL
 * expression, and @Generated over a @ColumnDefault.
 */
final class GeneratedModel {

    private GeneratedModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Invoice.class, InvoiceLine.class};
    }

    @Entity(name = "Invoice") @Table(name = "invoice")
    static class Invoice {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "net_amount", nullable = false, precision = 12, scale = 2) BigDecimal netAmount;
        @Column(name = "tax_amount", nullable = false, precision = 12, scale = 2) BigDecimal taxAmount;
        @Column(name = "gross_amount", precision = 12, scale = 2) @GeneratedColumn("net_amount + tax_amount") BigDecimal grossAmount;
        @Column(name = "created_at", nullable = false) @ColumnDefault("now()") @Generated(event = EventType.INSERT) Instant createdAt;
    }

    @Entity(name = "InvoiceLine") @Table(name = "invoice_line")
    static class InvoiceLine {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "quantity", nullable = false) int quantity;
        @Column(name = "line_ref", length = 36) @Generated(sql = "gen_random_uuid()::text") String lineRef;
    }
}
