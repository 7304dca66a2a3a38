package autogen.revision;

import autogen.MigrationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revisions of a history as a graph (each points at the revisions it follows) and the paths through it.
 * Pure: no database. A set of applied heads, as the version table holds them, is the position in the graph.
 */
public final class RevisionGraph {

    private final Map<String, LoadedMigration> byId = new LinkedHashMap<>();
    /**
     * Squashes ({@code @Revision(replaces = ...)}) whose revisions are all in the history: no node of the graph,
     * but what {@link #upgradePath} takes instead of their revisions on a database at none of them.
     */
    private final Map<String, LoadedMigration> squashes = new LinkedHashMap<>();
    /** All revisions, parents before children; ties broken by id so that paths are deterministic. */
    private final List<String> topological;

    public RevisionGraph(Collection<LoadedMigration> migrations) {
        var ids = new java.util.HashSet<String>();
        migrations.forEach(m -> ids.add(m.id()));
        for (LoadedMigration m : migrations) {
            // a squash whose revisions were all deleted (every database is past them) is an ordinary revision
            boolean squash = m.info().replaces().stream().anyMatch(ids::contains);
            LoadedMigration clash = (squash ? squashes : byId).put(m.id(), m);
            if (clash == null) clash = squash ? byId.get(m.id()) : squashes.get(m.id());
            if (clash != null && clash != m)
                throw new MigrationException("two revisions have id " + m.id() + ": " + clash.describe() + " and "
                        + m.describe() + "; give one of them a new id");
        }
        squashes.values().forEach(this::requireChain);
        for (LoadedMigration m : byId.values())
            for (String down : m.info().down())
                if (!byId.containsKey(down))
                    throw new MigrationException("revision " + m.describe() + " follows " + down
                            + ", which is not in the history; restore that migration or fix down= in @Revision");
        topological = sort();
    }

    /** A squash's revisions: all in the history, each following the one before, nothing else following them. */
    private void requireChain(LoadedMigration squash) {
        List<String> replaced = squash.info().replaces();
        String fix = "; fix replaces= in its @Revision (`autogen squash FROM:TO` writes it)";
        for (String id : replaced)
            if (!byId.containsKey(id))
                throw new MigrationException("squash " + squash.describe() + " replaces " + id + ", which is not in the history, "
                        + "while others it replaces are: restore it, or delete all of them once every database is past them" + fix);
        for (String down : squash.info().down())
            if (!byId.containsKey(down))
                throw new MigrationException("squash " + squash.describe() + " follows " + down + ", which is not in the history" + fix);
        for (int i = 0; i < replaced.size(); i++) {
            var expected = i == 0 ? squash.info().down() : List.of(replaced.get(i - 1));
            if (!new HashSet<>(byId.get(replaced.get(i)).info().down()).equals(new HashSet<>(expected)))
                throw new MigrationException("squash " + squash.describe() + " replaces " + replaced + ", but "
                        + replaced.get(i) + " follows " + byId.get(replaced.get(i)).info().down() + " instead of " + expected + fix);
            if (i < replaced.size() - 1)
                for (LoadedMigration other : byId.values())
                    if (other.info().down().contains(replaced.get(i)) && !other.id().equals(replaced.get(i + 1)))
                        throw new MigrationException("squash " + squash.describe() + " replaces " + replaced.get(i) + ", which "
                                + other.describe() + " follows too: only a chain nothing branches off can be squashed" + fix);
        }
    }

    private List<String> sort() {
        var remaining = new LinkedHashMap<String, Set<String>>();
        byId.values().forEach(m -> remaining.put(m.id(), new HashSet<>(m.info().down())));
        var ready = new TreeSet<String>();
        remaining.forEach((id, downs) -> { if (downs.isEmpty()) ready.add(id); });
        var order = new ArrayList<String>();
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            order.add(next);
            remaining.remove(next);
            remaining.forEach((id, downs) -> { if (downs.remove(next) && downs.isEmpty()) ready.add(id); });
        }
        if (!remaining.isEmpty())
            throw new MigrationException("the revisions " + new TreeSet<>(remaining.keySet())
                    + " form a cycle through their down revisions; fix down= in their @Revision");
        return List.copyOf(order);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public boolean contains(String id) {
        return byId.containsKey(id) || squashes.containsKey(id);
    }

    public LoadedMigration get(String id) {
        LoadedMigration m = byId.containsKey(id) ? byId.get(id) : squashes.get(id);
        if (m == null) throw new MigrationException("unknown revision " + id);
        return m;
    }

    /** All revisions, parents before children. */
    public List<LoadedMigration> ordered() {
        return topological.stream().map(byId::get).toList();
    }

    /** The squashes whose revisions are all still in the history ({@link autogen.migration.Revision#replaces}). */
    public List<LoadedMigration> squashes() {
        return List.copyOf(squashes.values());
    }

    /** The squash that stands for {@code id}, if one does. */
    public Optional<LoadedMigration> squashOf(String id) {
        return squashes.values().stream().filter(s -> s.info().replaces().contains(id)).findFirst();
    }

    /** This history without its squashes: the path every database took before them, to prove them equivalent. */
    public RevisionGraph withoutSquashes() {
        return new RevisionGraph(byId.values());
    }

    /** Revisions no other revision follows, sorted by id. */
    public List<String> heads() {
        var followed = new HashSet<String>();
        byId.values().forEach(m -> followed.addAll(m.info().down()));
        return byId.keySet().stream().filter(id -> !followed.contains(id)).sorted().toList();
    }

    /** With several heads: which they are and how to join them, in one sentence; empty with one head or none. */
    public Optional<String> severalHeads() {
        return severalHeads(heads());
    }

    /** {@link #severalHeads()} of a history whose heads are {@code heads}. */
    public static Optional<String> severalHeads(List<String> heads) {
        if (heads.size() < 2) return Optional.empty();
        return Optional.of("the history has " + heads.size() + " heads (" + String.join(", ", heads)
                + "): join them with `autogen merge -m \"merge\" heads`");
    }

    /** The single head, or an error naming all of them. */
    public String head() {
        List<String> heads = heads();
        if (heads.size() > 1)
            throw new MigrationException(severalHeads().orElseThrow() + ", or name one (upgrade REV, upgrade heads, revision --head REV)");
        if (heads.isEmpty()) throw new MigrationException("the history has no revisions yet: run `autogen revision -m MESSAGE` first");
        return heads.get(0);
    }

    /** {@code id} and every revision it follows, directly or not. */
    public Set<String> ancestorsAndSelf(Collection<String> ids) {
        var seen = new HashSet<String>();
        var todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) todo.addAll(get(id).info().down());
        }
        return seen;
    }

    /** {@code id} and every revision that follows it, directly or not. */
    public Set<String> descendantsAndSelf(String id) {
        var out = new java.util.TreeSet<String>();
        for (String other : byId.keySet()) if (ancestorsAndSelf(List.of(other)).contains(id)) out.add(other);
        return out;
    }

    /** The revisions to apply, in order, to go from the applied heads to {@code target} (and everything below it). */
    public List<LoadedMigration> upgradePath(Collection<String> applied, String target) {
        return upgradePath(applied, List.of(target));
    }

    /** As {@link #upgradePath(Collection, String)} to several targets at once ({@code upgrade heads}). */
    public List<LoadedMigration> upgradePath(Collection<String> applied, Collection<String> targets) {
        Set<String> done = ancestorsAndSelf(applied);
        var path = new ArrayList<>(revisionsUpTo(done, targets));
        // a squash stands for its revisions when the database is at none of them and goes past all of them; it takes
        // the place of the last, as nothing but the chain itself follows the others
        for (LoadedMigration squash : squashes.values()) {
            List<String> replaced = squash.info().replaces();
            if (replaced.stream().anyMatch(done::contains)) continue;
            var ids = path.stream().map(LoadedMigration::id).toList();
            if (!ids.containsAll(replaced)) continue;
            path.set(ids.indexOf(replaced.get(replaced.size() - 1)), squash);
            path.removeIf(m -> replaced.contains(m.id()));
        }
        return List.copyOf(path);
    }

    private List<LoadedMigration> revisionsUpTo(Set<String> done, Collection<String> targets) {
        Set<String> wanted = ancestorsAndSelf(targets);
        return topological.stream().filter(id -> wanted.contains(id) && !done.contains(id)).map(byId::get).toList();
    }

    /** The revisions to undo, in order, to go from the applied heads down to {@code target} (null: to base). */
    public List<LoadedMigration> downgradePath(Collection<String> applied, String target) {
        Set<String> done = ancestorsAndSelf(applied);
        Set<String> keep = target == null ? Set.of() : ancestorsAndSelf(List.of(target));
        var path = new ArrayList<>(topological.stream().filter(id -> done.contains(id) && !keep.contains(id)).map(byId::get).toList());
        java.util.Collections.reverse(path);
        return path;
    }

    /**
     * The heads after applying ({@code up}) or undoing one revision: applying replaces the heads it follows,
     * undoing restores those of its down revisions that no remaining head already includes.
     */
    public Set<String> headsAfter(Set<String> heads, LoadedMigration step, boolean up) {
        // a squash leaves the database where the last revision it replaces does
        if (up && squashes.containsKey(step.id())) step = get(step.info().replaces().get(step.info().replaces().size() - 1));
        var next = new TreeSet<>(heads);
        if (up) {
            next.removeAll(ancestorsAndSelf(step.info().down()));
            next.add(step.id());
        } else {
            next.remove(step.id());
            for (String down : step.info().down())
                if (next.stream().noneMatch(h -> ancestorsAndSelf(List.of(h)).contains(down))) next.add(down);
        }
        return next;
    }

    /**
     * Heads for a set of revisions, as the version table should hold them: each given revision that no other given
     * revision already includes.
     */
    public Set<String> headsOf(Collection<String> revisions) {
        var heads = new java.util.TreeSet<String>();
        for (String r : revisions) {
            boolean included = revisions.stream().anyMatch(o -> !o.equals(r) && ancestorsAndSelf(List.of(o)).contains(r));
            if (!included) heads.add(r);
        }
        return heads;
    }

    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("^(.+?)([+-])(\\d+)$");

    /**
     * An absolute target: {@code head}, {@code base} (empty), a revision id or unique prefix, or one of those moved
     * along the history: {@code REV+2} is two revisions after REV towards the head, {@code head-1} the one before the
     * head. Moving past either end fails.
     */
    public Optional<String> target(String spec) {
        var offset = OFFSET.matcher(spec);
        if (!offset.matches()) {
            if (spec.equals("base")) return Optional.empty();
            return Optional.of(spec.equals("head") ? head() : resolve(spec));
        }
        Optional<String> from = target(offset.group(1));
        int n = Integer.parseInt(offset.group(3));
        if (offset.group(2).equals("+")) {
            var path = revisionsUpTo(ancestorsAndSelf(from.map(List::of).orElse(List.of())), List.of(head()));
            if (n > path.size()) throw new MigrationException(spec + " is past the head: only " + path.size() + " revision(s) follow");
            return n == 0 ? from : Optional.of(path.get(n - 1).id());
        }
        if (from.isEmpty()) throw new MigrationException(spec + " is before base");
        var path = downgradePath(List.of(from.get()), null);   // from, its parent, ...
        if (n > path.size()) throw new MigrationException(spec + " is before base: only " + path.size() + " revision(s) precede");
        return n == path.size() ? Optional.empty() : Optional.of(path.get(n).id());
    }

    /** A full id or a unique prefix of one; unknown or ambiguous ids fail with the candidates. */
    public String resolve(String idOrPrefix) {
        if (contains(idOrPrefix)) return idOrPrefix;
        var matches = java.util.stream.Stream.concat(byId.keySet().stream(), squashes.keySet().stream())
                .filter(id -> id.startsWith(idOrPrefix)).sorted().toList();
        if (matches.size() == 1) return matches.get(0);
        if (matches.isEmpty())
            throw new MigrationException("unknown revision " + idOrPrefix + ": run `autogen history` to list the revisions");
        throw new MigrationException("revision prefix " + idOrPrefix + " is ambiguous: " + matches + "; give more digits");
    }

}
