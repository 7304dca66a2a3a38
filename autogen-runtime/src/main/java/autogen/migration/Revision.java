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
}
