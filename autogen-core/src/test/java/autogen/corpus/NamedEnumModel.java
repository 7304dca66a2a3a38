package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Feature: a named PostgreSQL enum type ({@code create type ... as enum}), used by two tables. */
final class NamedEnumModel {

    private NamedEnumModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Ticket.class, TicketTemplate.class};
    }

    enum TicketPriority { LOW, NORMAL, HIGH, URGENT }

    @Entity(name = "Ticket") @Table(name = "ticket")
    static class Ticket {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "title", nullable = false, length = 200) String title;
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Column(name = "priority", nullable = false)
        TicketPriority priority;
    }

    @Entity(name = "TicketTemplate") @Table(name = "ticket_template")
    static class TicketTemplate {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "name", nullable = false, length = 80) String name;
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Column(name = "default_priority")
        TicketPriority defaultPriority;
    }
}
