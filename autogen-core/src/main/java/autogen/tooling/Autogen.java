package autogen.tooling;

import autogen.cache.Cache;
import autogen.config.AutogenConfig;
import autogen.inspect.EntityInspector;
import autogen.revision.LoadedMigration;
import autogen.revision.RevisionGraph;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The generator's entry point: every CLI command is one call here, each carried out by a class of its own. Without
 * a configured url, {@code revision} and {@code check} replay the migration history into the embedded database and
 * compare the entities with that.
 */
public final class Autogen {

    private final Project project;

    /** Autogen on the entities that {@code config} names (its classpath and entity packages). */
    public Autogen(AutogenConfig config) {
        this.project = new Project(config, () -> EntityInspector.forClasspath(config.classpath(), config.entityPackages())
                .withSettings(config.hibernateSettings()), Clock.systemUTC(), Progress.NONE,
                Cache.OFF);
    }

    /** Autogen on the given entities, usually {@code EntityInspector.forClasses(...)}. */
    public Autogen(AutogenConfig config, EntityInspector entities, Clock clock) {
        this.project = new Project(config, () -> entities, clock, Progress.NONE, Cache.OFF);
    }

    private Autogen(Project project) {
        this.project = project;
    }

    /** This Autogen, telling {@code progress} what it is doing. */
    public Autogen withProgress(Progress progress) {
        return new Autogen(project.with(progress));
    }

    /** This Autogen, keeping compiled migrations and replayed databases in {@code cache} for the next command. */
    public Autogen withCache(Cache cache) {
        return new Autogen(project.with(cache));
    }

    public AutogenConfig config() {
        return project.config;
    }

    /** The migration history: the migrations folder compiled in memory. */
    public RevisionGraph history() {
        return project.history();
    }

    /** The revision written (or, without a file, that nothing differs); with {@code expandContract}, the first. */
    public RevisionResult revision(RevisionRequest request) {
        return revisions(request).get(0);
    }

    /**
     * The revisions written: one, or the expand and the contract revision of {@code --expand-contract}; one result
     * without a file when nothing differs.
     */
    public List<RevisionResult> revisions(RevisionRequest request) {
        return new WriteRevision(project).run(request);
    }

    /** The revision {@link #revision} would write, and its SQL, writing nothing; empty when nothing differs. */
    public Optional<RevisionPreview> previewRevision(RevisionRequest request) {
        return previewRevisions(request).stream().findFirst();
    }

    /** The revisions {@link #revisions} would write, and their SQL, writing nothing; empty when nothing differs. */
    public List<RevisionPreview> previewRevisions(RevisionRequest request) {
        return new WriteRevision(project).preview(request);
    }

    /** Writes the migration index autogen-runtime reads, from the history as it is; returns its path. */
    public java.nio.file.Path writeIndex() {
        return project.writeIndex(project.history());
    }

    public RevisionResult baseline(String message) {
        return new Baseline(project).run(message);
    }

    public RevisionResult merge(String message, List<String> revisions) {
        return new Merge(project).run(message, revisions);
    }

    /** {@code squash FROM:TO}: one revision standing for the range, which stays for databases inside it ({@link Squash}). */
    public RevisionResult squash(String range, String message) {
        return new Squash(project).run(range, message);
    }

    public Set<String> stamp(List<String> targets, boolean purge) {
        return new Stamp(project).run(targets, purge);
    }

    public Check.CheckResult check() {
        return new Check(project).run();
    }

    /** {@code check --against}: the entities with the database, the history, or all three pairs. */
    public Check.CheckResult check(Check.Against against) {
        return new Check(project).run(against);
    }

    /** {@code verify}: up one by one with rows, down one by one, up again, then the entities compared ({@link Verify}). */
    public Verify.Result verify() {
        return new Verify(project).run();
    }

    /** Up to {@code target}, holding back contract revisions ({@link autogen.migration.Revision#contract}). */
    public List<LoadedMigration> upgrade(String target, Consumer<LoadedMigration> progress) {
        return new Migrate(project).upgrade(target, false, progress).applied();
    }

    /** Up to {@code target}; {@code contract}: contract revisions too ({@code upgrade --contract}). */
    public Migrate.Upgrade upgrade(String target, boolean contract, Consumer<LoadedMigration> progress) {
        return new Migrate(project).upgrade(target, contract, progress);
    }

    public List<LoadedMigration> downgrade(String target, Consumer<LoadedMigration> progress) {
        return new Migrate(project).downgrade(target, progress);
    }

    public Set<String> current() {
        return new Migrate(project).current();
    }

    /** The script {@code upgrade} would run over {@code range} ({@code TO} or {@code FROM:TO}), without connecting. */
    public String upgradeSql(String range, boolean idempotent) {
        return new OfflineScript(project).run(range, true, idempotent);
    }

    /** The script {@code downgrade} would run over {@code range} ({@code FROM:TO}), without connecting. */
    public String downgradeSql(String range, boolean idempotent) {
        return new OfflineScript(project).run(range, false, idempotent);
    }

    public Show.RevisionDetails show(String revision) {
        return new Show(project).run(revision);
    }

    public List<Lint.LintReport> lint(Optional<String> revision) {
        return new Lint(project).run(revision);
    }

    /** The revisions from {@code from} to {@code to} inclusive (targets as for upgrade), newest first. */
    public List<LoadedMigration> history(String from, String to) {
        RevisionGraph graph = history();
        Set<String> upTo = graph.target(to).map(t -> graph.ancestorsAndSelf(List.of(t))).orElse(Set.of());
        Set<String> before = graph.target(from).map(f -> graph.ancestorsAndSelf(graph.get(f).info().down())).orElse(Set.of());
        var out = new java.util.ArrayList<>(graph.ordered().stream().filter(m -> upTo.contains(m.id()) && !before.contains(m.id())).toList());
        java.util.Collections.reverse(out);
        return out;
    }
}
