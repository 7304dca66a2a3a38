package autogen.tooling;

import autogen.ConfigurationException;
import autogen.lint.Finding;
import autogen.lint.Safety;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import autogen.runtime.Runner;
import autogen.sql.Identifiers;
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
        var plan = new Runner(null, graph, project.versionTable()).plan(List.of(m), true, Set.copyOf(m.info().down())).get(0);
        var sql = new ArrayList<String>();
        project.config.lockTimeout().filter(t -> plan.transactional())
                .ifPresent(t -> sql.add("SET LOCAL lock_timeout = " + Identifiers.literal(t)));
        plan.statements().forEach(st -> sql.add(st.text()));
        sql.addAll(plan.versionMove());
        return new RevisionDetails(m, steps, Safety.of(steps), sql);
    }
}
