package autogen.runtime;

import autogen.ConfigurationException;
import autogen.revision.RevisionGraph;
import autogen.sql.Identifiers;
import java.util.Optional;

/**
 * Writes plans as a script for psql: the offline side of the {@link Executor}. Plain, or idempotent: each revision
 * guarded by a check of the version table (applied only if neither it nor a later revision is recorded, undone only
 * while it is), so that the script can run twice.
 */
final class ScriptSink implements Sink {

    private final StringBuilder script = new StringBuilder();
    private final RevisionGraph graph;
    private final VersionTable versionTable;
    private final Optional<String> lockTimeout;
    private final boolean idempotent;

    ScriptSink(RevisionGraph graph, VersionTable versionTable, Optional<String> lockTimeout, boolean idempotent) {
        this.graph = graph;
        this.versionTable = versionTable;
        this.lockTimeout = lockTimeout;
        this.idempotent = idempotent;
        script.append(versionTable.createSql()).append(";\n").append(versionTable.createHistorySql()).append(";\n");
        // a history table of an earlier autogen lacks the columns the history rows below fill, as upgrade finds
        for (String sql : versionTable.updateHistorySql()) script.append(sql).append(";\n");
    }

    String script() {
        return script.toString();
    }

    @Override
    public void announce(RevisionPlan plan) {
        script.append(idempotent && inBlock ? "\n  -- " : "\n-- ").append(plan.up() ? "upgrade " : "downgrade ")
                .append(plan.id()).append(": ").append(plan.revision().info().message().replaceAll("\\s+", " ")).append("\n");
    }

    private boolean inBlock;

    @Override
    public void begin() {
        script.append("BEGIN;\n");
        if (idempotent) {
            script.append("DO $autogen$ BEGIN\n");
            inBlock = true;
        }
    }

    @Override
    public void startRevision(RevisionPlan plan) {
        if (!idempotent) return;
        String table = Identifiers.quote(versionTable.name());
        String condition = plan.up()
                ? "NOT EXISTS (SELECT 1 FROM " + table + " WHERE version_num IN (" + String.join(", ",
                        graph.descendantsAndSelf(plan.id()).stream().map(Identifiers::literal).toList()) + "))"
                : "EXISTS (SELECT 1 FROM " + table + " WHERE version_num = " + Identifiers.literal(plan.id()) + ")";
        script.append("IF ").append(condition).append(" THEN\n");
    }

    @Override
    public void execute(RevisionPlan plan, RevisionPlan.Statement statement) {
        String sql = statement instanceof RevisionPlan.Java ? plan.sql().get(0) : statement.text();   // sql() names the Java step
        if (idempotent && sql.contains("$autogen$"))
            throw new ConfigurationException("a statement of " + plan.revision().describe() + " contains $autogen$, which "
                    + "would end the guard block: print the script without --idempotent");
        script.append(idempotent ? "  " : "").append(sql).append(";\n");
    }

    @Override
    public void finishRevision(RevisionPlan plan, long startedNanos) {
        for (String sql : plan.versionMove()) script.append(idempotent ? "  " : "").append(sql).append(";\n");
        script.append(idempotent ? "  " : "").append(versionTable.logSql(plan.id(), plan.up(), plan.revision().checksum(), 0))
                .append(";\n");
        if (idempotent) script.append("END IF;\n");
    }

    @Override
    public void commit() {
        if (idempotent) {
            script.append("END $autogen$;\n");
            inBlock = false;
        }
        script.append("COMMIT;\n");
    }

    @Override
    public void rollback() {
        // nothing ran: the script is not printed
    }

    /** Each statement commits on its own, as online; then the version table moves in one transaction. */
    @Override
    public void outsideTransaction(RevisionPlan plan, long startedNanos, Optional<Integer> resumeAt) {
        if (idempotent)
            throw new ConfigurationException("revision " + plan.revision().describe() + " runs outside a transaction "
                    + "(CONCURRENTLY), which an idempotent script cannot guard: print the script without --idempotent");
        script.append("-- runs outside a transaction: each statement commits on its own\n");
        lockTimeout.ifPresent(t -> script.append("SET lock_timeout = ").append(Identifiers.literal(t)).append(";\n"));
        for (String sql : plan.sql()) script.append(sql).append(";\n");
        lockTimeout.ifPresent(t -> script.append("RESET lock_timeout;\n"));
        script.append("BEGIN;\n");
        finishRevision(plan, startedNanos);
        script.append("COMMIT;\n");
    }
}
