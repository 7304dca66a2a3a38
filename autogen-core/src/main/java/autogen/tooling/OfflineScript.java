package autogen.tooling;

import autogen.ConfigurationException;
import autogen.revision.RevisionGraph;
import autogen.runtime.Runner;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}: the script the run would execute, version-table statements
 * included, without connecting to any database ({@link Runner#script}). {@code TO} starts from base, {@code FROM:TO}
 * from the revision {@code FROM} (or {@code base}); a downgrade needs both ends.
 */
final class OfflineScript {

    private final Project project;

    OfflineScript(Project project) {
        this.project = project;
    }

    String run(String range, boolean up, boolean idempotent) {
        RevisionGraph graph = project.history();
        String[] parts = range.split(":", 2);
        if (range.startsWith("+") || range.startsWith("-") || (!up && parts.length < 2))
            throw new ConfigurationException((up ? "upgrade" : "downgrade") + " --sql takes "
                    + (up ? "head, a revision or FROM:TO" : "FROM:TO") + ", not " + range
                    + ": offline, autogen does not know where the database is");
        String from = parts.length == 2 ? parts[0] : "base";
        String to = parts[parts.length - 1];
        Set<String> heads = new TreeSet<>();
        if (!from.equals("base")) heads.add(from.equals("head") ? graph.head() : graph.resolve(from));
        var runner = new Runner(null, graph, project.versionTable(), project.config.lockTimeout())
                .oneTransactionPerRun(project.config.transactionPerRun());
        var steps = up ? graph.upgradePath(heads, to.equals("head") ? graph.head() : graph.resolve(to))
                : graph.downgradePath(heads, to.equals("base") ? null : graph.resolve(to));
        return runner.script(steps, up, heads, idempotent);
    }
}
