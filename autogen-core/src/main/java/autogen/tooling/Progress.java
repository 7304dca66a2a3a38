package autogen.tooling;

import autogen.runtime.MigrationCallback;

/**
 * What a long command is doing, for a person waiting on it: phases (starting the embedded database, compiling the
 * migrations, replaying the history, reading the entities, comparing) and each revision applied. The CLI prints it
 * on stderr, so that stdout carries only the result.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public Phase start(String what) {
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

    /** {@code what}: a present participle phrase, "starting the embedded PostgreSQL". */
    Phase start(String what);

    /** Told of each revision applied or undone, by replays and migrations alike. */
    MigrationCallback revisions();
}
