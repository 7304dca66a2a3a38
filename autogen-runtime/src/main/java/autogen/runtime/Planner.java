package autogen.runtime;

import autogen.ops.JdbcCall;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import autogen.sql.Identifiers;
import autogen.sql.PostgresDdl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans revisions without touching a database: the statements of each, in order, and the version-table move after
 * it, the heads before one being the heads after the one before. Pure, so that an online run, an offline script and
 * {@code show} cannot disagree on what a revision does.
 */
public final class Planner {

    private final RevisionGraph graph;
    private final VersionTable versionTable;
    private final Optional<String> lockTimeout;
    private final PostgresDdl ddl = new PostgresDdl();

    /** {@code lockTimeout}: set first in each transactional revision, for its transaction only. */
    public Planner(RevisionGraph graph, VersionTable versionTable, Optional<String> lockTimeout) {
        this.graph = graph;
        this.versionTable = versionTable;
        this.lockTimeout = lockTimeout;
    }

    public RevisionPlan plan(LoadedMigration revision, boolean up, Set<String> headsBefore) {
        var statements = new ArrayList<RevisionPlan.Statement>();
        if (revision.info().transactional())
            lockTimeout.ifPresent(t -> statements.add(new RevisionPlan.Sql("SET LOCAL lock_timeout = " + Identifiers.literal(t), null)));
        for (Operation op : revision.operations(up)) {
            if (op instanceof JdbcCall call) statements.add(new RevisionPlan.Java(call));
            else for (String sql : ddl.statements(List.of(op))) statements.add(new RevisionPlan.Sql(sql, op));
        }
        Set<String> after = graph.headsAfter(headsBefore, revision, up);
        return new RevisionPlan(revision, up, List.copyOf(statements), Set.copyOf(headsBefore), after,
                versionTable.moveSql(headsBefore, after));
    }

    /** The plans of a path of revisions ({@link RevisionGraph#upgradePath}), starting at {@code headsBefore}. */
    public List<RevisionPlan> plan(List<LoadedMigration> path, boolean up, Set<String> headsBefore) {
        var plans = new ArrayList<RevisionPlan>();
        Set<String> heads = headsBefore;
        for (LoadedMigration revision : path) {
            var plan = plan(revision, up, heads);
            plans.add(plan);
            heads = plan.headsAfter();
        }
        return plans;
    }
}
