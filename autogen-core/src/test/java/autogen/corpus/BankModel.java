package autogen.corpus;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AssociationOverrides;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/**
 * A bank: TABLE_PER_CLASS accounts under an abstract root with a shared sequence (allocation size and initial
 * value), a many-to-one to the abstract root (no physical key possible), @AssociationOverrides on an embeddable
 * holding a many-to-one, @OneToOne (a unique key), @Version Instant, money in numeric, UUID ids, defaults.
 */
final class BankModel {

    private BankModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Branch.class, BankOfficer.class, Account.class, CheckingAccount.class,
                SavingsAccount.class, LedgerEntry.class, Transfer.class, Card.class};
    }

    enum Compounding { DAILY, MONTHLY, YEARLY }

    @Entity(name = "BankOfficer") @Table(name = "bank_officer")
    static class BankOfficer {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;   // default generator: a sequence named after the entity
        @Column(name = "name", nullable = false, length = 120) String name;
    }

    @Embeddable
    static class Responsibility {
        @ManyToOne @JoinColumn(name = "officer_id") BankOfficer officer;
        @Column(name = "since") LocalDate since;
    }

    @Entity(name = "Branch") @Table(name = "branch")
    static class Branch {
        @Id @Column(name = "code", length = 8) String code;
        @Column(name = "name", nullable = false, length = 120) String name;
        @Embedded
        @AssociationOverride(name = "officer", joinColumns = @JoinColumn(name = "manager_id"),
                foreignKey = @ForeignKey(name = "fk_branch_manager"))
        @AttributeOverride(name = "since", column = @Column(name = "manager_since"))
        Responsibility manager;
        @Embedded
        @AssociationOverrides(@AssociationOverride(name = "officer", joinColumns = @JoinColumn(name = "deputy_id")))
        @AttributeOverride(name = "since", column = @Column(name = "deputy_since"))
        Responsibility deputy;
    }

    @Entity(name = "Account")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    abstract static class Account {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_gen")
        @SequenceGenerator(name = "account_gen", sequenceName = "account_seq", allocationSize = 20, initialValue = 1000)
        Long id;
        @Column(name = "iban", nullable = false, unique = true, length = 34) String iban;
        @Column(name = "balance", nullable = false, precision = 19, scale = 4) @ColumnDefault("0") BigDecimal balance;
        @Column(name = "opened_on", nullable = false) LocalDate openedOn;
        @ManyToOne(optional = false) @JoinColumn(name = "branch_code") Branch branch;
        @Version @Column(name = "modified_at") Instant modifiedAt;
    }

    @Entity(name = "CheckingAccount") @Table(name = "checking_account")
    static class CheckingAccount extends Account {
        @Column(name = "overdraft_limit", precision = 12, scale = 2) BigDecimal overdraftLimit;
    }

    @Entity(name = "SavingsAccount") @Table(name = "savings_account")
    static class SavingsAccount extends Account {
        @Column(name = "interest_rate", precision = 6, scale = 4) BigDecimal interestRate;
        @Enumerated(EnumType.ORDINAL) @Column(name = "compounding") Compounding compounding;
    }

    @Entity(name = "LedgerEntry") @Table(name = "ledger_entry")
    static class LedgerEntry {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "account_id") Account account;   // abstract TABLE_PER_CLASS root
        @Column(name = "amount", nullable = false, precision = 19, scale = 4) BigDecimal amount;
        @Column(name = "booked_at", nullable = false) OffsetDateTime bookedAt;
        @Column(name = "value_date") LocalDate valueDate;
        @Column(name = "reference", length = 140) String reference;
    }

    @Entity(name = "Transfer") @Table(name = "transfer")
    static class Transfer {
        @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
        @ManyToOne(optional = false) @JoinColumn(name = "from_account_id") CheckingAccount from;
        @ManyToOne(optional = false) @JoinColumn(name = "to_account_id") SavingsAccount to;
        @Column(name = "amount", nullable = false) BigDecimal amount;   // no precision: numeric(38,2)
        @Column(name = "requested_at", nullable = false) @ColumnDefault("now()") Instant requestedAt;
        @Column(name = "processing_time") Duration processingTime;
        @Column(name = "correlation_id") UUID correlationId;
    }

    @Entity(name = "Card") @Table(name = "card")
    static class Card {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @OneToOne(optional = false) @JoinColumn(name = "account_id") CheckingAccount account;
        @Column(name = "masked_number", nullable = false, length = 19) String maskedNumber;
        @Column(name = "expires_on", nullable = false) LocalDate expiresOn;
        @Column(name = "blocked", nullable = false) @ColumnDefault("false") boolean blocked;
    }
}
