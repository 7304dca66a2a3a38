package autogen.tooling;

import autogen.ConfigurationException;
import autogen.lint.Finding;
import autogen.lint.Safety;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import autogen.runtime.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code show REV}: one revision's steps, their findings, and the SQL its upgrade runs. */
public final class Show {

    public record RevisionDetails(LoadedMigration revision, List<Operation> upgrade, Map<Operation, List<Finding>> findings,
            List<String> sql) {}

    private final Project project;

    Show(Project project) {
        this.project = project;
    }

    RevisionDetails run(String revision) {
        RevisionGraph graph = project.history();
        LoadedMigration m = graph.get(graph.target(revision).orElseThrow(() -> new ConfigurationException(
                "base is no revision: name one (see `autogen history`)")));
        List<Operation> steps = m.operations(true);
        var plan = new Planner(graph, project.versionTable(), project.config.lockTimeout()).plan(m, true, Set.copyOf(m.info().down()));
        var sql = new ArrayList<String>();
        plan.statements().forEach(st -> sql.add(st.text()));
        sql.addAll(plan.versionMove());
        return new RevisionDetails(m, steps, Safety.of(steps), sql);
    }
}
