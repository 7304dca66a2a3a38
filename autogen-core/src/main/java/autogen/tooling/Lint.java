package autogen.tooling;

import autogen.lint.Finding;
import autogen.lint.Risk;
import autogen.lint.Safety;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code lint [REV]}: classifies the steps of every revision (or of one), hand-written ones included. */
public final class Lint {

    /** The findings of one revision's upgrade, and those of them that destroy data without an acknowledgement. */
    public record LintReport(LoadedMigration revision, Map<Operation, List<Finding>> findings, List<Finding> unacknowledged) {}

    private final Project project;

    Lint(Project project) {
        this.project = project;
    }

    List<LintReport> run(Optional<String> revision) {
        RevisionGraph graph = project.history();
        Optional<String> only = revision.map(graph::resolve);
        var reports = new ArrayList<LintReport>();
        var all = new ArrayList<>(graph.ordered());
        all.addAll(graph.squashes());
        for (LoadedMigration m : all) {
            if (only.isPresent() && !m.id().equals(only.get())) continue;
            List<Operation> steps = m.operations(true);
            var findings = Safety.of(steps);
            var unacknowledged = steps.stream().flatMap(op -> findings.get(op).stream())
                    .filter(f -> f.risk() == Risk.DESTROYS && !m.info().acknowledged().contains(f.code().id())).toList();
            var ordered = new LinkedHashMap<Operation, List<Finding>>();
            steps.forEach(op -> ordered.put(op, findings.get(op)));
            reports.add(new LintReport(m, ordered, unacknowledged));
        }
        return reports;
    }
}
