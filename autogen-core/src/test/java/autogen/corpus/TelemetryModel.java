package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;
import org.hibernate.type.SqlTypes;

/**
 * IoT telemetry: every basic type Hibernate maps on PostgreSQL (primitives and wrappers, numeric with and without
 * precision, floating point, char, strings with and without length, text, large objects, bytea, the java.time
 * types, java.util.Date with @Temporal, Duration, UUID, Year, YearMonth, ZoneId, ZoneOffset, jsonb), enums by
 * ordinal and by name, fractional-second precision and @TimeZoneStorage, and defaults with literals and functions.
 */
final class TelemetryModel {

    private TelemetryModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Site.class, Sensor.class, Reading.class, Calibration.class, MaintenanceWindow.class,
                Firmware.class, Alert.class};
    }

    enum SensorKind { TEMPERATURE, HUMIDITY, PRESSURE }
    enum Severity { INFO, WARNING, CRITICAL }

    @Entity(name = "Site") @Table(name = "site")
    static class Site {
        @Id @Column(name = "id") UUID id;
        @Column(name = "name", nullable = false) String name;   // varchar(255)
        @Column(name = "time_zone", nullable = false) ZoneId timeZone;
        @Column(name = "utc_offset") ZoneOffset utcOffset;
        @Column(name = "founded") Year founded;
        @Column(name = "first_billing_month") YearMonth firstBillingMonth;
        @Column(name = "elevation_m") short elevationMeters;
        @Column(name = "floors") byte floors;
    }

    @Entity(name = "Sensor") @Table(name = "sensor")
    static class Sensor {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "site_id") Site site;
        @Column(name = "serial", nullable = false, unique = true, length = 64) String serial;
        @Enumerated(EnumType.ORDINAL) @Column(name = "kind_ordinal") SensorKind kindOrdinal;
        @Enumerated(EnumType.STRING) @Column(name = "kind_name", length = 20) SensorKind kindName;
        @Column(name = "active", nullable = false) @ColumnDefault("true") boolean active;
        @Column(name = "enabled") Boolean enabled;
        @Column(name = "grade") char grade;
        @Column(name = "band") Character band;
        @Column(name = "installed_on") @ColumnDefault("CURRENT_DATE") LocalDate installedOn;
        @Column(name = "installed_at") @ColumnDefault("now()") Instant installedAt;
        @Column(name = "label") @ColumnDefault("'unnamed'") String label;
        @Column(name = "config") @JdbcTypeCode(SqlTypes.JSON) @ColumnDefault("'{}'") String config;
    }

    @Entity(name = "Reading") @Table(name = "reading")
    static class Reading {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "sensor_id") Sensor sensor;
        @Column(name = "seq_no", nullable = false) long seqNo;
        @Column(name = "raw_value") int rawValue;
        @Column(name = "raw_value_boxed") Integer rawValueBoxed;
        @Column(name = "counter") Long counter;
        @Column(name = "value_exact", precision = 10, scale = 3) BigDecimal valueExact;
        @Column(name = "value_default") BigDecimal valueDefault;
        @Column(name = "value_integral", precision = 20) BigDecimal valueIntegral;
        @Column(name = "big_counter") BigInteger bigCounter;
        @Column(name = "value_float") float valueFloat;
        @Column(name = "value_double") double valueDouble;
        @Column(name = "value_boxed_double") @ColumnDefault("0.5") Double valueBoxedDouble;
        @Column(name = "measured_at", nullable = false) Instant measuredAt;
        @Column(name = "measured_at_ms", secondPrecision = 3) Instant measuredAtMillis;
        @Column(name = "received_local") LocalDateTime receivedLocal;
        @Column(name = "received_local_s", secondPrecision = 0) LocalDateTime receivedLocalSeconds;
        @Column(name = "received_offset") OffsetDateTime receivedOffset;
        @Column(name = "received_zoned") ZonedDateTime receivedZoned;
        @Column(name = "delta") @ColumnDefault("-1") Integer delta;
    }

    @Entity(name = "Calibration") @Table(name = "calibration")
    static class Calibration {
        @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
        @ManyToOne(optional = false) @JoinColumn(name = "sensor_id") Sensor sensor;
        @Temporal(TemporalType.TIMESTAMP) @Column(name = "performed_at") Date performedAt;
        @Temporal(TemporalType.DATE) @Column(name = "valid_until") Date validUntil;
        @Temporal(TemporalType.TIME) @Column(name = "daily_check_at") Date dailyCheckAt;
        @Column(name = "offset_value") double offsetValue;
        @Column(name = "scale_factor", precision = 12, scale = 8) BigDecimal scaleFactor;
        @Column(name = "certificate") byte[] certificate;
        @Lob @Column(name = "report") String report;
        @Lob @Column(name = "raw_dump") byte[] rawDump;
        @Column(name = "technician_note", columnDefinition = "text") String technicianNote;
        @Column(name = "external_ref") UUID externalRef;
    }

    @Entity(name = "MaintenanceWindow") @Table(name = "maintenance_window")
    static class MaintenanceWindow {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "site_id") Site site;
        @Column(name = "starts_at_local") LocalTime startsAtLocal;
        @Column(name = "starts_at_s", secondPrecision = 0) LocalTime startsAtSeconds;
        @Column(name = "starts_at_offset") OffsetTime startsAtOffset;
        @Column(name = "length") Duration length;
        @Column(name = "day_of_week", length = 9) String dayOfWeek;
        @Column(name = "scheduled_from") @TimeZoneStorage(TimeZoneStorageType.COLUMN) OffsetDateTime scheduledFrom;
        @Column(name = "scheduled_to") @TimeZoneStorage(TimeZoneStorageType.NORMALIZE_UTC) OffsetDateTime scheduledTo;
        @Column(name = "confirmed_at") @TimeZoneStorage(TimeZoneStorageType.NORMALIZE) ZonedDateTime confirmedAt;
    }

    @Entity(name = "Firmware") @Table(name = "firmware")
    static class Firmware {
        @Id @Column(name = "version_code") int versionCode;
        @Column(name = "version_label", nullable = false, length = 32) String versionLabel;
        @Column(name = "released_on") LocalDate releasedOn;
        @Column(name = "image_size") long imageSize;
        @Column(name = "checksum", length = 64) String checksum;
        @Column(name = "image") byte[] image;
        @Column(name = "stable", nullable = false) @ColumnDefault("false") boolean stable;
    }

    @Entity(name = "Alert") @Table(name = "alert")
    static class Alert {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "sensor_id") Sensor sensor;
        @Enumerated(EnumType.STRING) @Column(name = "severity", nullable = false, length = 10) @ColumnDefault("'INFO'") Severity severity;
        @Column(name = "raised_at", nullable = false) @ColumnDefault("CURRENT_TIMESTAMP") OffsetDateTime raisedAt;
        @Column(name = "message", length = 1000) String message;
        @Column(name = "acknowledged") @ColumnDefault("false") Boolean acknowledged;
        @Column(name = "threshold") @ColumnDefault("10.25") BigDecimal threshold;
        @Column(name = "snooze") @ColumnDefault("3600000000000") Duration snooze;   // numeric(21,0) nanoseconds: one hour
    }
}
