package autogen.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What an application (or the CLI's progress lines) hears of a run: before and after each revision and the whole
 * run. With {@code transaction_per=run}, "after a revision" means its statements ran; they commit with the run.
 * A callback that throws fails the run like a failing statement: the revision's transaction is rolled back.
 */
public interface MigrationCallback {

    MigrationCallback NONE = new MigrationCallback() {};

    /** A callback told of each revision once it is applied (or undone). */
    static MigrationCallback afterEach(java.util.function.Consumer<autogen.revision.LoadedMigration> done) {
        return new MigrationCallback() {
            @Override
            public void afterRevision(RevisionPlan plan, Duration took) {
                done.accept(plan.revision());
            }
        };
    }

    /** The revisions about to run, in order (none: nothing to do). */
    default void beforeRun(List<RevisionPlan> plans) {}

    default void beforeRevision(RevisionPlan plan) {}

    default void afterRevision(RevisionPlan plan, Duration took) {}

    /** Every revision of the run is applied (or undone) and committed. */
    default void afterRun(List<RevisionPlan> done, Duration took) {}

    /** This callback, then {@code next}. */
    default MigrationCallback andThen(MigrationCallback next) {
        MigrationCallback first = this;
        return new MigrationCallback() {
            @Override
            public void beforeRun(List<RevisionPlan> plans) {
                first.beforeRun(plans);
                next.beforeRun(plans);
            }

            @Override
            public void beforeRevision(RevisionPlan plan) {
                first.beforeRevision(plan);
                next.beforeRevision(plan);
            }

            @Override
            public void afterRevision(RevisionPlan plan, Duration took) {
                first.afterRevision(plan, took);
                next.afterRevision(plan, took);
            }

            @Override
            public void afterRun(List<RevisionPlan> done, Duration took) {
                first.afterRun(done, took);
                next.afterRun(done, took);
            }
        };
    }
}
