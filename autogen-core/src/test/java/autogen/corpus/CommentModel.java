package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Comment;

/** Feature: comments on tables and columns, Hibernate's @Comment and JPA 3.2's comment attributes. */
final class CommentModel {

    private CommentModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {Project.class, Milestone.class};
    }

    // no apostrophe in the texts: Hibernate 7.4 writes "comment on ... is '...'" without doubling quotes, so its own
    // export fails on one (a Hibernate limitation, not an autogen one)
    @Entity(name = "Project") @Table(name = "project")
    @Comment("A customer project")
    static class Project {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Comment("Surrogate key") Long id;
        @Column(name = "name", nullable = false, length = 120) @Comment("Shown on invoices; unique per customer") String name;
        @Column(name = "budget_code", length = 20) String budgetCode;
    }

    @Entity(name = "Milestone") @Table(name = "milestone", comment = "A dated goal of a project")
    static class Milestone {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "project_id") Project project;
        @Column(name = "due_on", comment = "Inclusive deadline") LocalDate dueOn;
    }
}
