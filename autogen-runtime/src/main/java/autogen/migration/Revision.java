package autogen.migration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} in the revision graph. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** Twelve hex digits, unique in the history. */
    String id();

    /** The revisions this one follows; empty for the first revision (the base). */
    String[] down() default {};

    String message() default "";

    /** When the revision was generated, ISO-8601 UTC. */
    String created() default "";

    /**
     * Finding codes ({@code "AG102"}) the team has reviewed and accepts in this revision: {@code autogen lint} then
     * no longer fails on its destructive steps of those kinds.
     */
    String[] acknowledged() default {};

    /**
     * Whether the revision runs in one transaction with its version-table update (the default: all or nothing).
     * {@code false} for steps PostgreSQL refuses inside a transaction ({@code createIndexConcurrently}): each step
     * then commits on its own, the version table moves after the last, and a failure leaves the earlier steps applied.
     */
    boolean transactional() default true;

    /**
     * The contract half of an expand/contract change: it removes what code of the previous release may still read
     * or write (a dropped column or table, a renamed column's old name, a NOT NULL its inserts do not fill).
     * {@code autogen upgrade} and an application's {@code Migrator} hold it back, and every revision after it,
     * until asked ({@code upgrade head --contract}, {@code Migrator.Builder.contract(true)}), once no instance runs
     * the old code.
     */
    boolean contract() default false;

    /**
     * The revisions this one squashes ({@code autogen squash FROM:TO}), oldest first: a chain that begins after this
     * revision's {@code down}. A database at none of them applies this revision instead and is then at the last of
     * them; a database inside the chain goes on with the revisions themselves, which stay in the history.
     */
    String[] replaces() default {};
}
