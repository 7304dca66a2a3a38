package autogen.tooling;

import autogen.DatabaseException;
import autogen.diff.RenameQuestioner;
import autogen.embedded.Database;
import autogen.ops.Operation;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import autogen.runtime.Runner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code check}: compares entities, history and database; clean when all three agree. */
public final class Check {

    /**
     * What {@code check} found: operations still to generate, revisions not yet applied to the database, applied
     * revisions edited since (or that the history table cannot vouch for), a migration index that does not list the
     * history, and the history's heads (more than one is a problem). Drift is looked for only once the database is at
     * the head of the history: behind it, {@code drift} is empty. {@code entityClasses}: the class mapping each of the
     * entities' tables, so that reports can point at the entity a drift is about (empty when drift was not looked for);
     * {@code explanations}: for each drift step, what each side has and the rules applied to both ({@code --explain}).
     */
    public record CheckResult(List<Operation> drift, List<String> pendingRevisions, String database, List<Edit> editedRevisions,
            Optional<String> index, List<String> heads, Map<String, String> entityClasses,
            Map<Operation, List<String>> explanations, List<Operation> databaseChanges, List<Operation> liveDrift,
            String liveDatabase) {

        /** Without explanations ({@code check --explain} has none to give). */
        public CheckResult(List<Operation> drift, List<String> pendingRevisions, String database, List<Edit> editedRevisions,
                Optional<String> index, List<String> heads, Map<String, String> entityClasses) {
            this(drift, pendingRevisions, database, editedRevisions, index, heads, entityClasses, Map.of());
        }

        /** One comparison only ({@code --against db} or {@code migrations}). */
        public CheckResult(List<Operation> drift, List<String> pendingRevisions, String database, List<Edit> editedRevisions,
                Optional<String> index, List<String> heads, Map<String, String> entityClasses,
                Map<Operation, List<String>> explanations) {
            this(drift, pendingRevisions, database, editedRevisions, index, heads, entityClasses, explanations, List.of(),
                    List.of(), database);
        }

        public CheckResult {
            databaseChanges = List.copyOf(databaseChanges);
            liveDrift = List.copyOf(liveDrift);
            explanations = Map.copyOf(explanations);
            drift = List.copyOf(drift);
            pendingRevisions = List.copyOf(pendingRevisions);
            editedRevisions = List.copyOf(editedRevisions);
            heads = List.copyOf(heads);
            entityClasses = Map.copyOf(entityClasses);
        }

        /** An applied revision edited since: its id, what is wrong and how to fix it, and its source file if known. */
        public record Edit(String revision, String problem, Optional<Path> source) {}

        /** What can be wrong, in the order {@link #problems()} lists them: the first is the {@link #status()}. */
        public enum Problem {
            /** An applied revision was edited since, or the history table has no record to check it against. */
            EDITED,
            /** The history has several heads: branches to join with a merge revision before anything builds on it. */
            HEADS,
            /** The database is not at the head of the history: revisions are pending. */
            BEHIND,
            /** The entities differ from the database at the head of the history. */
            DRIFT,
            /** {@code --against both}: the live database differs from the history replayed (a change made by hand). */
            CHANGED,
            /**
             * {@code --against both}: the entities differ from the live database although each agrees with the
             * history, which only a blind spot of one comparison explains ({@code --explain} shows the rules).
             */
            LIVE,
            /** The migration index (what an application applies) does not list the history's migrations. */
            INDEX;

            /** The name in check's output: {@code edited}, {@code heads}, {@code behind}, {@code drift}, {@code index}. */
            public String label() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        public boolean clean() {
            return problems().isEmpty();
        }

        /** The problems of the edited revisions, one line each. */
        public List<String> edited() {
            return editedRevisions.stream().map(Edit::problem).toList();
        }

        /** With several heads: which, and how to join them. */
        public Optional<String> severalHeads() {
            return RevisionGraph.severalHeads(heads);
        }

        /**
         * Every problem found, most serious first; empty when entities, migrations and database agree. An edited
         * revision makes the history itself untrustworthy, and several heads leave no single head to compare at, so
         * both come before what the database lacks.
         */
        public List<Problem> problems() {
            var problems = new ArrayList<Problem>();
            if (!editedRevisions.isEmpty()) problems.add(Problem.EDITED);
            if (severalHeads().isPresent()) problems.add(Problem.HEADS);
            if (!pendingRevisions.isEmpty()) problems.add(Problem.BEHIND);
            if (!drift.isEmpty()) problems.add(Problem.DRIFT);
            if (!databaseChanges.isEmpty()) problems.add(Problem.CHANGED);
            if (!liveDrift.isEmpty() && drift.isEmpty() && databaseChanges.isEmpty()) problems.add(Problem.LIVE);
            if (index.isPresent()) problems.add(Problem.INDEX);
            return List.copyOf(problems);
        }

        /** {@code clean}, or the label of the first problem. */
        public String status() {
            return problems().isEmpty() ? "clean" : problems().get(0).label();
        }
    }

    private final Project project;

    Check(Project project) {
        this.project = project;
    }

    /**
     * What {@code check} compares the entities with: {@code db}, the database as it is (the configured one, else the
     * embedded one with the history replayed); {@code migrations}, the history replayed in the embedded database even
     * when a url is set; {@code both}, all three pairs: entities and history, history and the live database,
     * entities and the live database.
     */
    public enum Against {
        DB, MIGRATIONS, BOTH;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    CheckResult run() {
        return run(Against.DB);
    }

    CheckResult run(Against against) {
        if (against == Against.BOTH) return both();
        project.readEntitiesInBackground();
        RevisionGraph graph = project.history();
        Set<String> targets = Set.copyOf(graph.heads());
        try (Database db = against == Against.MIGRATIONS ? project.embeddedAt(graph, targets) : project.databaseAt(graph, targets);
                Connection c = db.connect()) {
            var state = state(db, c, graph);
            if (state.behind().isPresent()) return state.behind().get();
            var edited = state.edited();
            var index = state.index();
            var drift = EntityComparison.compare(project, db, c, graph, RenameQuestioner.auto());
            var explanations = new DriftExplanation(drift.current(), drift.target(), drift.expressions(), drift.notes())
                    .of(drift.operations());
            return new CheckResult(drift.operations(), List.of(), db.describe(), edited, index, graph.heads(), drift.entityClasses(),
                    explanations);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }

    /** What the database says before any comparison: revisions edited since applied, the index, and whether it is behind. */
    private record State(List<CheckResult.Edit> edited, Optional<String> index, Optional<CheckResult> behind) {}

    private State state(Database db, Connection c, RevisionGraph graph) {
        Set<String> heads = project.headsOf(c, db, graph);
        List<String> pending = graph.isEmpty() ? List.of()
                : graph.upgradePath(heads, graph.heads()).stream().map(LoadedMigration::describe).toList();
        var edited = new ArrayList<>(new Runner(c, graph, project.versionTable()).editedRevisions().stream()
                .map(e -> new CheckResult.Edit(e.revision().id(), e.problem(), e.revision().source().map(Path::of))).toList());
        edited.addAll(SquashProof.problems(project, graph));
        var index = project.indexProblem(graph);
        return new State(edited, index, pending.isEmpty() ? Optional.empty()
                : Optional.of(new CheckResult(List.of(), pending, db.describe(), edited, index, graph.heads(), Map.of())));
    }

    /** {@code --against both}: the live database's heads, then the three comparisons once it is at the head. */
    private CheckResult both() {
        if (project.config.embedded())
            throw new autogen.ConfigurationException("check --against both compares with the live database too, and no url "
                    + "is set: set url (or AUTOGEN_URL, or --url), or use --against migrations");
        project.readEntitiesInBackground();
        RevisionGraph graph = project.history();
        try (Database live = project.liveDatabase("check --against both"); Connection lc = live.connect()) {
            var state = state(live, lc, graph);
            if (state.behind().isPresent()) return state.behind().get();
            var edited = state.edited();
            var index = state.index();
            try (Database replay = project.embeddedAt(graph, Set.copyOf(graph.heads())); Connection rc = replay.connect()) {
                project.useSchema(rc, replay);
                var drift = EntityComparison.compare(project, replay, rc, graph, RenameQuestioner.auto());
                var changes = HistoryDrift.compare(project, graph, rc, lc);
                var liveDrift = EntityComparison.compare(project, live, lc, graph, RenameQuestioner.auto());
                var explanations = new java.util.HashMap<>(new DriftExplanation(liveDrift.current(), liveDrift.target(),
                        liveDrift.expressions(), liveDrift.notes()).of(liveDrift.operations()));
                explanations.putAll(new DriftExplanation(drift.current(), drift.target(), drift.expressions(), drift.notes())
                        .of(drift.operations()));
                return new CheckResult(drift.operations(), List.of(), replay.describe(), edited, index, graph.heads(),
                        drift.entityClasses(), explanations, changes, liveDrift.operations(), live.describe());
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot close the database connection", e);
        }
    }
}
