package autogen.diff;

import static java.util.Comparator.comparing;

import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.PrimaryKey;
import autogen.model.SchemaModel;
import autogen.model.Sequence;
import autogen.model.Table;
import autogen.sql.TypeConversion;
import autogen.model.UniqueConstraint;
import autogen.ops.Operation;
import autogen.ops.RenameColumn;
import autogen.ops.RenameConstraint;
import autogen.ops.RenameIndex;
import autogen.ops.RenameSequence;
import autogen.ops.RenameTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Finds what was renamed rather than dropped and added, so that data stays. Runs before the {@link Comparator},
 * in passes whose order matters:
 * <ol>
 *   <li>tables: a dropped and a created table with largely the same columns and the same primary key shape,
 *       or one {@code @RenamedFrom} names;
 *   <li>columns, in every table present on both sides by then: a dropped and an added column of the same or a
 *       wider type, scored on type, nullability, default, uniqueness, position and name similarity;
 *   <li>constraints, indexes and sequences whose definition is unchanged but whose name is not (names that carry
 *       a renamed table's name, Hibernate's hashed key names): renamed in place, without asking.
 * </ol>
 * Each pair is scored; the best pairs are taken first and every object is used once. The result is the rename
 * operations and the current schema as it stands after them, which the comparator then compares as usual.
 */
public final class RenameDetector {

    /** Below this, a column pair is no rename: same type and flags alone are 0.6, so the names must share something. */
    public static final double COLUMN_THRESHOLD = 0.75;
    public static final double TABLE_THRESHOLD = 0.65;

    public record Result(List<Operation> renames, SchemaModel current, Map<Operation, String> notes) {}

    private final RenameHints hints;
    private final RenameQuestioner questioner;
    private final java.util.Set<String> emptyColumns;
    private final List<Operation> renames = new ArrayList<>();
    private final Map<Operation, String> notes = new LinkedHashMap<>();

    public RenameDetector(RenameHints hints, RenameQuestioner questioner) {
        this(hints, questioner, java.util.Set.of());
    }

    /**
     * {@code emptyColumns}: {@code table.column} names a live database knows to hold no data (all NULL, or an empty
     * table). Dropping such a column loses nothing, so it is weaker evidence for a rename.
     */
    public RenameDetector(RenameHints hints, RenameQuestioner questioner, java.util.Set<String> emptyColumns) {
        this.hints = hints;
        this.questioner = questioner;
        this.emptyColumns = java.util.Set.copyOf(emptyColumns);
    }

    public Result detect(SchemaModel current, SchemaModel target) {
        SchemaModel model = renameTables(current, target);
        model = renameColumns(model, target);
        model = renameConstraints(model, target);
        model = renameSequences(model, target);
        return new Result(List.copyOf(renames), model, Map.copyOf(notes));
    }

    // ---- tables ----

    private SchemaModel renameTables(SchemaModel current, SchemaModel target) {
        var dropped = current.tables().stream().filter(t -> target.table(t.name()).isEmpty()).toList();
        var created = target.tables().stream().filter(t -> current.table(t.name()).isEmpty()).toList();
        var proposals = new ArrayList<RenameProposal>();
        for (Table c : created)
            for (Table d : dropped) {
                if (!SchemaModel.schemaOf(c.name()).equals(SchemaModel.schemaOf(d.name()))) continue;   // rename stays in its schema
                boolean hinted = hints.tableFrom(c.name()).filter(d.name()::equals).isPresent();
                double overlap = columnOverlap(d, c);
                double names = NameSimilarity.of(bare(d.name()), bare(c.name()));
                double score = 0.8 * overlap + 0.2 * names;
                if (hinted || samePrimaryKeyShape(d, c) && sharesAColumnBesidesTheKey(d, c) && score >= TABLE_THRESHOLD)
                    proposals.add(new RenameProposal(RenameProposal.Kind.TABLE, c.name(), d.name(), c.name(), score,
                            "column overlap %s, same primary key, name similarity %s".formatted(format(overlap), format(names)),
                            hinted, c.columns().size() + " columns"));
            }
        SchemaModel model = current;
        for (RenameProposal p : decide(proposals)) {
            var op = new RenameTable(p.from(), p.to());
            renames.add(op);
            notes.put(op, p.note());
            model = renameTable(model, p.from(), p.to());
        }
        return model;
    }

    /**
     * How much of the two tables' columns agree: a column with the same name and a compatible type counts 1, one
     * left over that pairs with a left-over column of a compatible type counts ½ (it may be renamed too).
     */
    private static double columnOverlap(Table a, Table b) {
        double alike = 0;
        var leftA = new ArrayList<Column>();
        var leftB = new ArrayList<>(b.columns().stream().filter(cb -> a.column(cb.name()).isEmpty()).toList());
        for (Column ca : a.columns()) {
            if (b.column(ca.name()).filter(cb -> TypeConversion.widens(ca.type(), cb.type())).isPresent()) alike += 1;
            else if (b.column(ca.name()).isEmpty()) leftA.add(ca);
        }
        for (Column ca : leftA) {
            Optional<Column> partner = leftB.stream().filter(cb -> TypeConversion.widens(ca.type(), cb.type())).findFirst();
            if (partner.isPresent()) {
                alike += 0.5;
                leftB.remove(partner.get());
            }
        }
        return alike / Math.max(1, Math.max(a.columns().size(), b.columns().size()));
    }

    /** Every table has an {@code id}: only other columns by the same name say two tables are one. */
    private static boolean sharesAColumnBesidesTheKey(Table a, Table b) {
        var key = a.primaryKey().map(PrimaryKey::columns).orElse(List.of());
        return a.columns().stream().anyMatch(ca -> !key.contains(ca.name())
                && b.column(ca.name()).filter(cb -> TypeConversion.widens(ca.type(), cb.type())).isPresent());
    }

    private static boolean samePrimaryKeyShape(Table a, Table b) {
        Function<Table, List<String>> shape = t -> t.primaryKey().map(PrimaryKey::columns).orElse(List.of()).stream()
                .map(name -> t.column(name).map(c -> c.type().sql()).orElse("?")).toList();
        return shape.apply(a).equals(shape.apply(b));
    }

    private static SchemaModel renameTable(SchemaModel model, String from, String to) {
        var tables = new ArrayList<Table>();
        for (Table t : model.tables()) {
            var keys = t.foreignKeys().stream().map(fk -> fk.referencedTable().equals(from)
                    ? fk.referencing(to, fk.referencedColumns()) : fk).toList();
            Table withKeys = t.withForeignKeys(keys);
            tables.add(t.name().equals(from) ? new Table(to, withKeys.columns(), withKeys.primaryKey(),
                    withKeys.uniqueConstraints(), withKeys.checks(), withKeys.indexes(), withKeys.foreignKeys(),
                    withKeys.comment()) : withKeys);
        }
        return new SchemaModel(tables, model.sequences(), model.enumTypes());
    }

    // ---- columns ----

    private SchemaModel renameColumns(SchemaModel current, SchemaModel target) {
        SchemaModel model = current;
        for (Table t : target.tables()) {
            Optional<Table> existing = model.table(t.name());
            if (existing.isEmpty()) continue;
            Table c = existing.get();
            var dropped = c.columns().stream().filter(col -> t.column(col.name()).isEmpty()).toList();
            var added = t.columns().stream().filter(col -> c.column(col.name()).isEmpty()).toList();
            var proposals = new ArrayList<RenameProposal>();
            for (Column a : added)
                for (Column d : dropped) {
                    boolean hinted = hints.columnFrom(t.name(), a.name()).filter(d.name()::equals).isPresent();
                    if (!hinted && !TypeConversion.widens(d.type(), a.type())) continue;
                    double names = NameSimilarity.of(d.name(), a.name());
                    boolean sameType = d.type().equals(a.type());
                    boolean samePosition = c.columns().indexOf(d) == t.columns().indexOf(a);
                    // position is a small bonus only: Hibernate orders columns by name, so it rarely survives a rename
                    double score = Math.min(1, 0.4 * (sameType ? 1 : 0.9) + 0.1 * (d.nullable() == a.nullable() ? 1 : 0)
                            + 0.05 * (d.defaultSql().equals(a.defaultSql()) ? 1 : 0)
                            + 0.05 * (unique(c, d.name()) == unique(t, a.name()) ? 1 : 0)
                            + 0.4 * names + (samePosition ? 0.05 : 0)) - (holdsNoData(c, d) ? 0.1 : 0);
                    if (!hinted && score < COLUMN_THRESHOLD) continue;
                    String evidence = (sameType ? "same type " + a.type() : d.type() + " widened to " + a.type())
                            + (d.nullable() == a.nullable() ? ", same nullability" : ", nullability changes")
                            + (samePosition ? ", same position" : "") + ", name similarity " + format(names)
                            + (holdsNoData(c, d) ? ", old column holds no data" : "");
                    proposals.add(new RenameProposal(RenameProposal.Kind.COLUMN, t.name(), d.name(), a.name(), score,
                            evidence, hinted, a.type().sql()));
                }
            for (RenameProposal p : decide(proposals)) {
                var op = new RenameColumn(t.name(), p.from(), p.to());
                renames.add(op);
                notes.put(op, p.note());
                model = renameColumn(model, t.name(), p.from(), p.to());
            }
        }
        return model;
    }

    private boolean holdsNoData(Table table, Column column) {
        return emptyColumns.contains(table.name() + "." + column.name());
    }

    private static boolean unique(Table t, String column) {
        return t.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(List.of(column)));
    }

    /** The schema after {@code ALTER TABLE … RENAME COLUMN}: keys, indexes and expressions follow, as in PostgreSQL. */
    static SchemaModel renameColumn(SchemaModel model, String table, String from, String to) {
        UnaryOperator<String> name = n -> n.equals(from) ? to : n;
        UnaryOperator<List<String>> names = list -> list.stream().map(name).toList();
        var word = Pattern.compile("(?<![A-Za-z0-9_\"])" + Pattern.quote(from) + "(?![A-Za-z0-9_\"])");
        UnaryOperator<String> expression = e -> word.matcher(e).replaceAll(to);
        var tables = new ArrayList<Table>();
        for (Table t : model.tables()) {
            var keys = t.foreignKeys().stream().map(fk -> fk.referencedTable().equals(table)
                    ? fk.referencing(fk.referencedTable(), names.apply(fk.referencedColumns())) : fk).toList();
            if (!t.name().equals(table)) {
                tables.add(t.withForeignKeys(keys));
                continue;
            }
            var columns = t.columns().stream().map(c -> {
                Column renamed = c.name().equals(from) ? c.withName(to) : c;
                return renamed.generatedAs().isPresent()
                        ? new Column(renamed.name(), renamed.type(), renamed.nullable(), renamed.defaultSql(), renamed.identity(),
                                renamed.comment(), renamed.generatedAs().map(expression))
                        : renamed;
            }).toList();
            tables.add(new Table(t.name(), columns,
                    t.primaryKey().map(pk -> new PrimaryKey(pk.name(), names.apply(pk.columns()))),
                    t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), names.apply(u.columns()))).toList(),
                    t.checks().stream().map(k -> new CheckConstraint(k.name(), expression.apply(k.expression()))).toList(),
                    t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream().map(key -> {
                        var k = Index.key(key);
                        return name.apply(k.column()) + k.ordering();
                    }).toList(), i.unique(), i.method())).toList(),
                    keys.stream().map(fk -> fk.withColumns(names.apply(fk.columns()))).toList(),
                    t.comment()));
        }
        return new SchemaModel(tables, model.sequences(), model.enumTypes());
    }

    // ---- constraints, indexes, sequences: same definition, new name ----

    private SchemaModel renameConstraints(SchemaModel current, SchemaModel target) {
        var tables = new ArrayList<Table>();
        for (Table c : current.tables()) {
            Optional<Table> match = target.table(c.name());
            if (match.isEmpty()) {
                tables.add(c);
                continue;
            }
            Table t = match.get();
            String table = c.name();
            Optional<PrimaryKey> pk = c.primaryKey();
            if (pk.isPresent() && t.primaryKey().isPresent() && pk.get().columns().equals(t.primaryKey().get().columns())
                    && !pk.get().name().equals(t.primaryKey().get().name())) {
                record(new RenameConstraint(table, pk.get().name(), t.primaryKey().get().name()));
                pk = t.primaryKey();
            }
            var uniques = renamed(table, c.uniqueConstraints(), t.uniqueConstraints(), UniqueConstraint::name,
                    UniqueConstraint::columns, (u, n) -> new UniqueConstraint(n, u.columns()), false);
            var checks = renamed(table, c.checks(), t.checks(), CheckConstraint::name, k -> CheckForms.comparable(k.expression()),
                    (k, n) -> new CheckConstraint(n, k.expression()), false);
            var indexes = renamed(table, c.indexes(), t.indexes(), Index::name, i -> List.of(i.columns(), i.unique(), i.method()),
                    (i, n) -> new Index(n, i.columns(), i.unique(), i.method()), true);
            var keys = renamed(table, c.foreignKeys(), t.foreignKeys(), ForeignKey::name,
                    fk -> fk.withName(""), ForeignKey::withName, false);
            tables.add(new Table(table, c.columns(), pk, uniques, checks, indexes, keys, c.comment()));
        }
        return new SchemaModel(tables, current.sequences(), current.enumTypes());
    }

    private interface Renamer<T> {
        T withName(T item, String name);
    }

    /**
     * The current items with those renamed that have an unmatched target twin: same definition, other name.
     * (Checks are compared by {@link CheckForms#comparable}; one PostgreSQL respells otherwise is left to the comparator.)
     */
    private <T> List<T> renamed(String table, List<T> current, List<T> target, Function<T, String> name,
            Function<T, Object> definition, Renamer<T> renamer, boolean index) {
        Set<String> targetNames = new HashSet<>(target.stream().map(name).toList());
        Set<String> currentNames = new HashSet<>(current.stream().map(name).toList());
        var taken = new HashSet<String>();
        var out = new ArrayList<T>();
        for (T item : current) {
            if (targetNames.contains(name.apply(item))) {
                out.add(item);
                continue;
            }
            Optional<T> twin = target.stream().filter(t -> !currentNames.contains(name.apply(t)) && !taken.contains(name.apply(t))
                    && definition.apply(t).equals(definition.apply(item))).findFirst();
            if (twin.isEmpty()) {
                out.add(item);
                continue;
            }
            String to = name.apply(twin.get());
            taken.add(to);
            record(index ? new RenameIndex(table, name.apply(item), to) : new RenameConstraint(table, name.apply(item), to));
            out.add(renamer.withName(item, to));
        }
        return out;
    }

    /**
     * A dropped and a created sequence with the same start and increment are one sequence renamed when their names
     * are alike or follow a renamed table's: dropping it would restart its numbers and reissue ids.
     */
    private SchemaModel renameSequences(SchemaModel model, SchemaModel target) {
        var dropped = new ArrayList<>(model.sequences().stream().filter(s -> target.sequence(s.name()).isEmpty()).toList());
        var created = target.sequences().stream().filter(s -> model.sequence(s.name()).isEmpty()).toList();
        var sequences = new ArrayList<>(model.sequences());
        for (Sequence c : created) {
            Optional<Sequence> twin = dropped.stream()
                    .filter(d -> d.start() == c.start() && d.increment() == c.increment())
                    .filter(d -> NameSimilarity.of(bare(d.name()), bare(c.name())) >= 0.5 || followsTableRename(d.name(), c.name()))
                    .max(comparing((Sequence d) -> NameSimilarity.of(d.name(), c.name())));
            if (twin.isEmpty()) continue;
            dropped.remove(twin.get());
            record(new RenameSequence(twin.get().name(), c.name()));
            sequences.set(sequences.indexOf(twin.get()), c);
        }
        return new SchemaModel(model.tables(), sequences, model.enumTypes());
    }

    private boolean followsTableRename(String from, String to) {
        return renames.stream().filter(RenameTable.class::isInstance).map(RenameTable.class::cast).anyMatch(r ->
                from.toLowerCase(Locale.ROOT).contains(bare(r.from())) && to.toLowerCase(Locale.ROOT).contains(bare(r.to())));
    }

    // ---- shared ----

    /** Best pairs first, each name used once; the questioner has the last word on each. */
    private List<RenameProposal> decide(List<RenameProposal> proposals) {
        var sorted = new ArrayList<>(proposals);
        sorted.sort(comparing((RenameProposal p) -> !p.hinted()).thenComparing(RenameProposal::score, java.util.Comparator.reverseOrder())
                .thenComparing(RenameProposal::from).thenComparing(RenameProposal::to));
        var usedFrom = new HashSet<String>();
        var usedTo = new HashSet<String>();
        var taken = new ArrayList<RenameProposal>();
        for (RenameProposal p : sorted) {
            if (usedFrom.contains(p.from()) || usedTo.contains(p.to())) continue;
            if (!questioner.confirm(p)) continue;
            usedFrom.add(p.from());
            usedTo.add(p.to());
            taken.add(p);
        }
        return taken;
    }

    private void record(Operation op) {
        renames.add(op);
    }

    private static String bare(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
