package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Subscriptions: @ColumnDefault as people write it beyond the basic literals (keywords in lower case, a quoted
 * number, an explicit cast, expressions with operators and functions, a date literal), each of which PostgreSQL
 * stores and prints in its own spelling. Kept apart from the library and telemetry models, which hold the plain
 * cases ("now()", "CURRENT_TIMESTAMP", "0", "'x'", "true").
 */
final class DefaultsModel {

    private DefaultsModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Plan.class, Subscription.class, UsageRecord.class, PromoCode.class};
    }

    @Entity(name = "Plan") @Table(name = "plan")
    static class Plan {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "code", nullable = false, length = 20) @ColumnDefault("upper('basic')") String code;
        @Column(name = "monthly_fee", precision = 8, scale = 2) @ColumnDefault("-1.5") BigDecimal monthlyFee;
        @Column(name = "trial_days", nullable = false) @ColumnDefault("'14'") int trialDays;
        @Column(name = "public_plan", nullable = false) @ColumnDefault("TRUE") boolean publicPlan;
        @Column(name = "description", length = 500) @ColumnDefault("''") String description;
    }

    @Entity(name = "Subscription") @Table(name = "subscription")
    static class Subscription {
        @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
        @ManyToOne(optional = false) @JoinColumn(name = "plan_id") Plan plan;
        @Column(name = "started_at", nullable = false) @ColumnDefault("current_timestamp") Instant startedAt;
        @Column(name = "started_on", nullable = false) @ColumnDefault("current_date") LocalDate startedOn;
        @Column(name = "renews_at") @ColumnDefault("now() + interval '30 days'") Instant renewsAt;
        @Column(name = "local_created") @ColumnDefault("localtimestamp") LocalDateTime localCreated;
        @Column(name = "external_id", nullable = false) @ColumnDefault("gen_random_uuid()") UUID externalId;
    }

    @Entity(name = "UsageRecord") @Table(name = "usage_record")
    static class UsageRecord {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "subscription_id") Subscription subscription;
        @Column(name = "units", nullable = false) @ColumnDefault("1 + 1") int units;
        @Column(name = "attributes") @JdbcTypeCode(SqlTypes.JSON) @ColumnDefault("'{}'::jsonb") String attributes;
        @Column(name = "billing_period_start") @ColumnDefault("'2025-01-01'") LocalDate billingPeriodStart;
    }

    @Entity(name = "PromoCode") @Table(name = "promo_code")
    static class PromoCode {
        @Id @Column(name = "code", length = 16) String code;
        @Column(name = "percent_off", nullable = false) @ColumnDefault("(10)") int percentOff;
        @Column(name = "note", length = 200) @ColumnDefault("'it''s on us'") String note;
        @Column(name = "created_by", length = 63) @ColumnDefault("CURRENT_USER") String createdBy;
    }
}
