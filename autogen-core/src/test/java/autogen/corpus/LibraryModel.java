package autogen.corpus;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/**
 * A lending library: indexes (named, unnamed, unique, multi-column, with "desc"), unique constraints (named,
 * unnamed, multi-column, one duplicating a unique column), @Check on tables and columns (named and anonymous, also
 * JPA 3.2's @CheckConstraint), a @SecondaryTable, and @ColumnDefault with literals and functions.
 */
final class LibraryModel {

    private LibraryModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Publisher.class, LibBook.class, LibMember.class, Loan.class, Reservation.class, Shelf.class};
    }

    enum CopyStatus { AVAILABLE, ON_LOAN, LOST }

    @Entity(name = "Publisher") @Table(name = "publisher")
    static class Publisher {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "name", nullable = false, unique = true, length = 200) String name;
        @Column(name = "country", columnDefinition = "char(2)") String country;
    }

    @Entity(name = "LibBook")
    @Table(name = "lib_book",
            indexes = {
                    @Index(name = "ix_lib_book_title", columnList = "title"),
                    @Index(name = "ux_lib_book_isbn", columnList = "isbn", unique = true),
                    @Index(name = "ix_lib_book_publisher_published", columnList = "publisher_id, published_on desc"),
                    @Index(columnList = "shelf_code, title")},
            uniqueConstraints = @UniqueConstraint(name = "uk_lib_book_title_edition", columnNames = {"title", "edition"}))
    @Check(name = "ck_lib_book_pages", constraints = "pages > 0")
    @SecondaryTable(name = "lib_book_detail", pkJoinColumns = @PrimaryKeyJoinColumn(name = "book_id"))
    static class LibBook {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "title", nullable = false, length = 300) String title;
        @Column(name = "isbn", length = 13) String isbn;
        @Column(name = "edition", nullable = false) @ColumnDefault("1") @Check(constraints = "edition >= 1") int edition;
        @Column(name = "pages") Integer pages;
        @Column(name = "published_on") LocalDate publishedOn;
        @Column(name = "shelf_code", length = 12) String shelfCode;
        @ManyToOne @JoinColumn(name = "publisher_id") Publisher publisher;
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 12) @ColumnDefault("'AVAILABLE'") CopyStatus status;
        @Column(name = "lendable", nullable = false) @ColumnDefault("true") boolean lendable;
        @Column(name = "loan_count", nullable = false) @ColumnDefault("0") int loanCount;
        @Column(name = "replacement_cost", precision = 8, scale = 2) @ColumnDefault("0.00") BigDecimal replacementCost;
        @Column(name = "created_at", nullable = false) @ColumnDefault("now()") Instant createdAt;
        @Column(name = "updated_at") @ColumnDefault("CURRENT_TIMESTAMP") LocalDateTime updatedAt;
        @Column(name = "acquired_on") @ColumnDefault("CURRENT_DATE") LocalDate acquiredOn;
        @Column(name = "synopsis", table = "lib_book_detail", columnDefinition = "text") String synopsis;
        @Column(name = "cover_url", table = "lib_book_detail", length = 500) String coverUrl;
    }

    @Entity(name = "LibMember")
    @Table(name = "lib_member",
            uniqueConstraints = {
                    @UniqueConstraint(columnNames = "card_number"),
                    @UniqueConstraint(name = "uk_lib_member_identity", columnNames = {"last_name", "first_name", "birth_date"})})
    @Check(constraints = "birth_date < joined_on")
    static class LibMember {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "card_number", nullable = false, length = 16) String cardNumber;
        @Column(name = "first_name", nullable = false, length = 80) String firstName;
        @Column(name = "last_name", nullable = false, length = 80) String lastName;
        @Column(name = "birth_date") LocalDate birthDate;
        @Column(name = "joined_on", nullable = false) @ColumnDefault("CURRENT_DATE") LocalDate joinedOn;
        @Column(name = "email", unique = true, length = 320) @Check(constraints = "email like '%@%'") String email;
        @Column(name = "max_loans", nullable = false) @ColumnDefault("5") @Check(name = "ck_lib_member_max_loans", constraints = "max_loans between 0 and 50") int maxLoans;
    }

    @Entity(name = "Loan")
    @Table(name = "loan", indexes = {@Index(columnList = "member_id, due_on"), @Index(name = "ix_loan_due_desc", columnList = "due_on desc, id")})
    @Check(name = "ck_loan_dates", constraints = "returned_on is null or returned_on >= loaned_on")
    static class Loan {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "book_id") LibBook book;
        @ManyToOne(optional = false) @JoinColumn(name = "member_id") LibMember member;
        @Column(name = "loaned_on", nullable = false) LocalDate loanedOn;
        @Column(name = "due_on", nullable = false) LocalDate dueOn;
        @Column(name = "returned_on") LocalDate returnedOn;
        @Column(name = "fine", precision = 6, scale = 2) @ColumnDefault("0") BigDecimal fine;
    }

    @Entity(name = "Reservation")
    @Table(name = "reservation", uniqueConstraints = @UniqueConstraint(name = "uk_reservation_code", columnNames = "code"))
    static class Reservation {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "code", nullable = false, unique = true, length = 10) String code;
        @Column(name = "priority", nullable = false) @ColumnDefault("'N'") char priority;
        @Column(name = "queue_position", nullable = false)
        @Check(constraints = "queue_position >= 1") @Check(constraints = "queue_position <= 1000")
        int queuePosition;
        @ManyToOne(optional = false) @JoinColumn(name = "book_id") LibBook book;
        @ManyToOne(optional = false) @JoinColumn(name = "member_id") LibMember member;
        @Column(name = "note") @ColumnDefault("'x'") String note;
    }

    @Entity(name = "Shelf")
    @Table(name = "shelf", check = @CheckConstraint(name = "ck_shelf_capacity", constraint = "capacity between 1 and 500"))
    static class Shelf {
        @Id @Column(name = "code", length = 12) String code;
        @Column(name = "floor_no", nullable = false, check = @CheckConstraint(constraint = "floor_no >= 0")) int floorNo;
        @Column(name = "capacity", nullable = false) int capacity;
        @Column(name = "label", length = 60, check = @CheckConstraint(name = "ck_shelf_label", constraint = "label <> ''")) String label;
    }
}
