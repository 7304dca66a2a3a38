package autogen.runtime;

import autogen.MigrationException;
import autogen.ops.CreateIndex;
import autogen.ops.DropIndex;
import autogen.ops.JdbcCall;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import java.util.List;
import java.util.Set;

/**
 * What running one revision in one direction does, planned without a database ({@link Planner}): its statements,
 * and how the version table moves. Online runs and offline scripts execute the same plans ({@link Executor}).
 */
public record RevisionPlan(LoadedMigration revision, boolean up, List<Statement> statements, Set<String> headsBefore,
        Set<String> headsAfter, List<String> versionMove) {

    /** One step of a plan: SQL rendered from an operation, or Java code run on the connection. */
    public sealed interface Statement {
        Operation operation();

        /** The statement as a script or an error message shows it. */
        String text();
    }

    /** {@code operation}: what the statement renders; null for the {@code lock_timeout} the planner sets first. */
    public record Sql(String text, Operation operation) implements Statement {
        /** CONCURRENTLY cannot run in a transaction; whether it took effect is read back from the catalog. */
        public boolean concurrentIndex() {
            return operation instanceof CreateIndex c && c.concurrently() || operation instanceof DropIndex d && d.concurrently();
        }
    }

    public record Java(JdbcCall operation) implements Statement {
        @Override
        public String text() {
            return "-- Java: " + operation.description();
        }
    }

    public boolean transactional() {
        return revision.info().transactional();
    }

    public String id() {
        return revision.id();
    }

    /**
     * The SQL of the plan's statements, for a script or {@code show}; a Java step has none, so a revision with one
     * cannot be printed: the error names it and says to apply it online.
     */
    public List<String> sql() {
        return statements.stream().map(s -> {
            if (s instanceof Java java)
                throw new MigrationException("revision " + revision.describe() + " runs Java code ("
                        + java.operation().description() + ") in its " + (up ? "upgrade" : "downgrade") + ", which an offline "
                        + "script cannot hold: apply it online with `autogen " + (up ? "upgrade" : "downgrade") + "`, or print "
                        + "the script up to the revision before it");
            return s.text();
        }).toList();
    }
}
