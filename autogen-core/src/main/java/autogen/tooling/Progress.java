package autogen.tooling;

import autogen.runtime.MigrationCallback;

/**
 * What a long command is doing, for a person waiting on it: phases (starting the embedded database, compiling the
 * migrations, replaying the history, reading the entities, comparing) and each revision applied. The CLI prints it
 * on stderr, so that stdout carries only the result, and with {@code --timings} adds up each phase's duration
 * under its key.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public Phase start(String key, String what) {
            return () -> { };
        }

        @Override
        public MigrationCallback revisions() {
            return MigrationCallback.NONE;
        }
    };

    /** A phase that has begun; closing it says that it ended. */
    interface Phase extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * {@code key}: one word naming the phase in timings ({@code compile}, {@code db-start}); {@code what}: a present
     * participle phrase for a person, "starting the embedded PostgreSQL".
     */
    Phase start(String key, String what);

    /** A phase too short or too technical to announce, only timed ({@code read}, {@code db-stop}). */
    default Phase time(String key) {
        return () -> { };
    }

    /** A line worth telling the person waiting, outside any phase: what was skipped and why. */
    default void note(String text) {}

    /** Told of each revision applied or undone, by replays and migrations alike. */
    MigrationCallback revisions();
}
