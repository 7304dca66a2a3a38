package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * HR: a @MappedSuperclass with the id, audit fields and version; SINGLE_TABLE (discriminator column, values) for
 * employees; JOINED with a primary-key/foreign-key chain (party → organisation → supplier) and @PrimaryKeyJoinColumn.
 */
final class HrModel {

    private HrModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Department.class, Employee.class, FullTimeEmployee.class, Contractor.class, Intern.class,
                Party.class, Organisation.class, Supplier.class, Individual.class};
    }

    @MappedSuperclass
    abstract static class Audited {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hr_gen")
        @SequenceGenerator(name = "hr_gen", sequenceName = "hr_seq", allocationSize = 25)
        Long id;
        @Column(name = "created_at", nullable = false) Instant createdAt;
        @Column(name = "created_by", nullable = false, length = 64) String createdBy;
        @Column(name = "updated_at") Instant updatedAt;
        @Column(name = "updated_by", length = 64) String updatedBy;
        @Version @Column(name = "row_version") long rowVersion;
    }

    @Entity(name = "Department") @Table(name = "department")
    static class Department extends Audited {
        @Column(name = "code", nullable = false, unique = true, length = 8) String code;
        @Column(name = "name", nullable = false, length = 120) String name;
        @ManyToOne @JoinColumn(name = "parent_department_id") Department parent;
    }

    @Entity(name = "Employee") @Table(name = "employee")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @DiscriminatorColumn(name = "employee_kind", discriminatorType = DiscriminatorType.STRING, length = 16)
    @DiscriminatorValue("EMPLOYEE")
    static class Employee extends Audited {
        @Column(name = "employee_number", nullable = false, unique = true, length = 12) String employeeNumber;
        @Column(name = "full_name", nullable = false, length = 200) String fullName;
        @Column(name = "hired_on", nullable = false) LocalDate hiredOn;
        @ManyToOne(optional = false) @JoinColumn(name = "department_id") Department department;
        @ManyToOne @JoinColumn(name = "manager_id") Employee manager;
    }

    @Entity(name = "FullTimeEmployee") @DiscriminatorValue("FULL_TIME")
    static class FullTimeEmployee extends Employee {
        @Column(name = "annual_salary", precision = 12, scale = 2) BigDecimal annualSalary;
        @Column(name = "vacation_days") Integer vacationDays;
    }

    @Entity(name = "Contractor") @DiscriminatorValue("CONTRACTOR")
    static class Contractor extends Employee {
        @Column(name = "hourly_rate", precision = 8, scale = 2) BigDecimal hourlyRate;
        @Column(name = "agency", length = 120) String agency;
        @Column(name = "contract_end") LocalDate contractEnd;
    }

    @Entity(name = "Intern") @DiscriminatorValue("INTERN")
    static class Intern extends Employee {
        @Column(name = "school", length = 120) String school;
        @ManyToOne @JoinColumn(name = "mentor_id") FullTimeEmployee mentor;
    }

    @Entity(name = "Party") @Table(name = "party")
    @Inheritance(strategy = InheritanceType.JOINED)
    static class Party {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "display_name", nullable = false, length = 200) String displayName;
        @Column(name = "registered_on") LocalDate registeredOn;
    }

    @Entity(name = "Organisation") @Table(name = "organisation")
    @PrimaryKeyJoinColumn(name = "party_id")
    static class Organisation extends Party {
        @Column(name = "registration_number", unique = true, length = 40) String registrationNumber;
        @Column(name = "vat_number", length = 20) String vatNumber;
    }

    @Entity(name = "Supplier") @Table(name = "supplier")
    @PrimaryKeyJoinColumn(name = "organisation_id", foreignKey = @ForeignKey(name = "fk_supplier_organisation"))
    static class Supplier extends Organisation {
        @Column(name = "payment_terms_days", nullable = false) int paymentTermsDays;
        @Column(name = "preferred") boolean preferred;
    }

    @Entity(name = "Individual") @Table(name = "individual")
    static class Individual extends Party {
        @Column(name = "birth_date") LocalDate birthDate;
        @Column(name = "national_id", length = 32) String nationalId;
    }
}
