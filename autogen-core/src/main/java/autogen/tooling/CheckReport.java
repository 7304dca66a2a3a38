package autogen.tooling;

import autogen.config.AutogenConfig;
import autogen.lint.Finding;
import autogen.lint.Risk;
import autogen.lint.Safety;
import autogen.ops.Operation;
import autogen.render.DiffPrinter;
import autogen.render.OperationTarget;
import autogen.tooling.Check.CheckResult;
import autogen.tooling.Check.CheckResult.Edit;
import autogen.tooling.Check.CheckResult.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The forms of a {@link CheckResult}: text for people (the drift grouped by table, in colour when asked), JSON for
 * tools, and GitHub Actions workflow commands that annotate the file each finding is about. Every sentence is
 * written once here and read by each form; the findings of the drift are classified once, in context.
 */
public final class CheckReport {

    private final CheckResult result;
    private final Map<Operation, List<Finding>> findings;
    private final boolean explain;

    public CheckReport(CheckResult result) {
        this(result, false);
    }

    /** {@code explain}: each drift step followed by what each side has and the rules applied to both ({@code --explain}). */
    public CheckReport(CheckResult result, boolean explain) {
        this.result = result;
        var found = new java.util.HashMap<>(Safety.of(result.drift()));
        found.putAll(Safety.of(result.databaseChanges()));
        found.putAll(Safety.of(result.liveDrift()));
        this.findings = found;
        this.explain = explain;
    }

    /** The explanation of a step, when asked for: {@code type: the database has …}, one line each. */
    private List<String> why(Operation op) {
        return explain ? result.explanations().getOrDefault(op, List.of()) : List.of();
    }

    // ---- the sentences ----

    private String behind() {
        return result.database() + " is not at the head of the history; pending revisions:";
    }

    private String upgradeHint() {
        // `upgrade head` refuses a history of several heads
        return "Run `autogen upgrade " + (result.heads().size() > 1 ? "heads" : "head")
                + "`; the entities are compared with the database once it is at head.";
    }

    private String driftHeading() {
        return "the entities differ from " + result.database() + " at the head of the history:";
    }

    private static final String REVISION_HINT = "Run `autogen revision -m MESSAGE` to write a migration for this.";

    private String changedHeading() {
        return result.liveDatabase() + " differs from the migrations replayed in " + result.database()
                + " (a change made by hand); the steps from the migrations to it:";
    }

    private static final String CHANGED_HINT = "Undo the change on the database, or write it into a revision "
            + "(`autogen revision -m MESSAGE` with the entities changed alike) and stamp the database.";

    private String liveHeading() {
        return "the entities differ from " + result.liveDatabase() + ", though each agrees with the migrations "
                + "(a blind spot of one comparison: `check --explain` shows the rules):";
    }

    /** {@code --against both}: the result holds the three comparisons. */
    private boolean threeWay() {
        return !result.liveDatabase().equals(result.database());
    }

    private String cleanLine() {
        return "clean: no drift; the entities, the migrations and " + result.database() + " agree.";
    }

    /** The group heading of a table's steps: {@code table customer (shop.Customer)}; steps of no table have their own. */
    private String tableHeading(Optional<String> table) {
        return table.map(t -> "table " + t + Optional.ofNullable(result.entityClasses().get(t)).map(c -> " (" + c + ")").orElse(""))
                .orElse("not tied to one table");
    }

    /** The step with its findings when it has any: {@code - op.dropColumn("customer", "email")  AG102 destroys}. */
    private String step(Operation op) {
        List<Finding> found = findings.getOrDefault(op, List.of());
        return DiffPrinter.line(op) + (found.isEmpty() ? "" : "  " + Finding.label(found));
    }

    private Risk risk(Operation op) {
        return findings.getOrDefault(op, List.of()).stream().map(Finding::risk).max(Enum::compareTo).orElse(Risk.SAFE);
    }

    /** The drift by table, in the order of each table's first step; the steps tied to no table last. */
    private static Map<Optional<String>, List<Operation>> byTable(List<Operation> ops) {
        var groups = new LinkedHashMap<Optional<String>, List<Operation>>();
        for (Operation op : ops)
            groups.computeIfAbsent(OperationTarget.of(op).map(OperationTarget::table), k -> new ArrayList<>()).add(op);
        var loose = groups.remove(Optional.<String>empty());
        if (loose != null) groups.put(Optional.empty(), loose);
        return groups;
    }

    // ---- text ----

    private static final String BOLD = "1", RED = "31", GREEN = "32", YELLOW = "33";

    /** ANSI escapes around {@code text} when colour is on. */
    private record Paint(boolean on) {
        String apply(String code, String text) {
            return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
        }

        String label(Problem problem) {
            return apply(BOLD + ";" + RED, problem.label() + ":");
        }
    }

    /**
     * Each problem under its label, most serious first; the drift grouped by table, each step indented under its
     * table. {@code colour}: ANSI colours (red drops, green additions, yellow changes, bold headings).
     */
    public String text(boolean colour) {
        var paint = new Paint(colour);
        var out = new StringBuilder();
        for (Edit e : result.editedRevisions()) out.append(paint.label(Problem.EDITED)).append(' ').append(e.problem()).append('\n');
        result.severalHeads().ifPresent(heads -> out.append(paint.label(Problem.HEADS)).append(' ').append(heads).append('\n'));
        if (!result.pendingRevisions().isEmpty()) {
            out.append(paint.label(Problem.BEHIND)).append(' ').append(behind()).append('\n');
            result.pendingRevisions().forEach(r -> out.append("  ").append(r).append('\n'));
            out.append(upgradeHint()).append('\n');
        }
        if (!result.drift().isEmpty()) {
            out.append(paint.label(Problem.DRIFT)).append(' ').append(driftHeading()).append('\n');
            steps(out, paint, colour, result.drift());
            out.append(REVISION_HINT).append('\n');
        }
        if (!result.databaseChanges().isEmpty()) {
            out.append(paint.label(Problem.CHANGED)).append(' ').append(changedHeading()).append('\n');
            steps(out, paint, colour, result.databaseChanges());
            out.append(CHANGED_HINT).append('\n');
        }
        if (result.problems().contains(Problem.LIVE)) {
            out.append(paint.label(Problem.LIVE)).append(' ').append(liveHeading()).append('\n');
            steps(out, paint, colour, result.liveDrift());
        }
        result.index().ifPresent(problem -> out.append(paint.label(Problem.INDEX)).append(' ').append(problem).append('\n'));
        if (result.clean()) out.append(paint.apply(GREEN, cleanLine())).append('\n');
        return out.toString();
    }

    /** Steps grouped by table, each indented under its table, its explanation under it when asked for. */
    private void steps(StringBuilder out, Paint paint, boolean colour, List<Operation> ops) {
        byTable(ops).forEach((table, steps) -> {
            out.append("  ").append(paint.apply(BOLD, tableHeading(table))).append('\n');
            for (Operation op : steps) {
                out.append("    ").append(paint.apply(colour(op), step(op))).append('\n');
                why(op).forEach(line -> out.append("        why: ").append(line).append('\n'));
            }
        });
    }

    private static String colour(Operation op) {
        return switch (DiffPrinter.symbol(op)) {
            case '+' -> GREEN;
            case '-' -> RED;
            default -> YELLOW;
        };
    }

    // ---- json ----

    /**
     * {@code {"status", "problems", "pendingRevisions", "editedRevisions", "drift": [{"kind", "statement", "table",
     * "column", "entity", "risk", "destructive", "findings", and with --explain "explain"}], "heads", "index",
     * "database"}}, as the README's table
     * describes them: {@code status} is {@code clean} or the first of {@code problems}; absent values are null.
     */
    public String json() {
        var out = new StringBuilder("{\"status\": ").append(DiffPrinter.quote(result.status()))
                .append(",\n \"problems\": ").append(strings(result.problems().stream().map(Problem::label).toList()))
                .append(",\n \"pendingRevisions\": ").append(strings(result.pendingRevisions()))
                .append(",\n \"editedRevisions\": ").append(strings(result.edited())).append(",\n \"drift\": ");
        steps(out, result.drift());
        if (threeWay()) {
            out.append(",\n \"databaseChanges\": ");
            steps(out, result.databaseChanges());
            out.append(",\n \"liveDrift\": ");
            steps(out, result.liveDrift());
            out.append(",\n \"liveDatabase\": ").append(DiffPrinter.quote(result.liveDatabase()));
        }
        return out.append(",\n \"heads\": ").append(strings(result.heads()))
                .append(",\n \"index\": ").append(nullable(result.index()))
                .append(",\n \"database\": ").append(DiffPrinter.quote(result.database())).append("}\n").toString();
    }

    /** A JSON array of steps, each an object as the README's table describes. */
    private void steps(StringBuilder out, List<Operation> ops) {
        out.append('[');
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            var target = OperationTarget.of(op);
            var table = target.map(OperationTarget::table);
            Risk risk = risk(op);
            out.append(i == 0 ? "\n" : ",\n").append("  {\"kind\": ").append(DiffPrinter.quote(DiffPrinter.kind(op)))
                    .append(", \"statement\": ").append(DiffPrinter.quote(autogen.render.OperationSource.statement(op)))
                    .append(", \"table\": ").append(nullable(table))
                    .append(", \"column\": ").append(nullable(target.flatMap(OperationTarget::column)))
                    .append(", \"entity\": ").append(nullable(table.map(result.entityClasses()::get)))
                    .append(", \"risk\": ").append(DiffPrinter.quote(risk.name().toLowerCase(Locale.ROOT)))
                    .append(", \"destructive\": ").append(risk == Risk.DESTROYS)
                    .append(", \"findings\": ").append(strings(findings.getOrDefault(op, List.of()).stream()
                            .map(f -> f.code().id()).toList()));
            if (explain) out.append(", \"explain\": ").append(strings(why(op)));
            out.append('}');
        }
        out.append(ops.isEmpty() ? "]" : "\n]");
    }

    private static String strings(List<String> values) {
        return values.stream().map(DiffPrinter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String nullable(Optional<String> value) {
        return value.map(DiffPrinter::quote).orElse("null");
    }

    // ---- GitHub Actions ----

    /**
     * One {@code ::error file=...,line=...,title=autogen check::MESSAGE} workflow command per finding, then a plain
     * summary line. A drift step points at the source of the entity mapping its table (the line of the field named
     * like its column, else of the class), found under the source folder that holds the migrations package; an
     * edited revision at its source; the rest, and a drift whose entity has no source there, at the migrations
     * folder or the index. Paths are relative to {@code base}, as GitHub expects them relative to the repository.
     */
    public String github(AutogenConfig config, Path base) {
        var sources = new Sources(config, base);
        var out = new StringBuilder();
        for (Edit e : result.editedRevisions())
            annotate(out, e.source().map(sources::revision).orElseGet(sources::migrations), Problem.EDITED, e.problem());
        result.severalHeads().ifPresent(heads -> annotate(out, sources.migrations(), Problem.HEADS, heads));
        if (!result.pendingRevisions().isEmpty())
            annotate(out, sources.migrations(), Problem.BEHIND, behind() + " " + String.join(", ", result.pendingRevisions())
                    + ".\n" + upgradeHint());
        for (Operation op : result.drift()) {
            var target = OperationTarget.of(op);
            Place place = target.flatMap(t -> Optional.ofNullable(result.entityClasses().get(t.table()))
                    .flatMap(type -> sources.entity(type, t.column()))).orElseGet(sources::migrations);
            annotate(out, place, Problem.DRIFT, tableHeading(target.map(OperationTarget::table)) + ": " + step(op) + "\n"
                    + why(op).stream().map(line -> "why: " + line + "\n").collect(Collectors.joining()) + REVISION_HINT);
        }
        for (Operation op : result.databaseChanges())
            annotate(out, sources.migrations(), Problem.CHANGED, tableHeading(OperationTarget.of(op).map(OperationTarget::table))
                    + ": " + step(op) + "\n" + CHANGED_HINT);
        if (result.problems().contains(Problem.LIVE))
            for (Operation op : result.liveDrift())
                annotate(out, sources.migrations(), Problem.LIVE, tableHeading(OperationTarget.of(op).map(OperationTarget::table))
                        + ": " + step(op));
        result.index().ifPresent(problem -> annotate(out, sources.file(config.migrationsIndex(), OptionalInt.empty()),
                Problem.INDEX, problem));
        out.append(result.clean() ? cleanLine() : "autogen check: " + counts()).append('\n');
        return out.toString();
    }

    /** {@code 3 findings (edited 1, drift 2)}: as many as there are annotations. */
    private String counts() {
        var counts = new LinkedHashMap<Problem, Integer>();
        for (Problem p : result.problems())
            counts.put(p, switch (p) {
                case EDITED -> result.editedRevisions().size();
                case DRIFT -> result.drift().size();
                case CHANGED -> result.databaseChanges().size();
                case LIVE -> result.liveDrift().size();
                case HEADS, BEHIND, INDEX -> 1;
            });
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total + (total == 1 ? " finding (" : " findings (") + counts.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    private static void annotate(StringBuilder out, Place place, Problem problem, String message) {
        out.append("::error file=").append(property(place.file()));
        place.line().ifPresent(line -> out.append(",line=").append(line));
        out.append(",title=").append(property("autogen check")).append("::").append(data(problem.label() + ": " + message)).append('\n');
    }

    /** A workflow command's message, escaped as GitHub's runner reads it back. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: as {@link #data}, and {@code :} and {@code ,}, which end a value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** A file and maybe a line, the file relative to the base folder. */
    record Place(String file, OptionalInt line) {}

    /** Where findings are in the project's files. */
    private static final class Sources {
        private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
        private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\([^)]*\\))?");

        private final AutogenConfig config;
        private final Path base;

        Sources(AutogenConfig config, Path base) {
            this.config = config;
            this.base = base.toAbsolutePath().normalize();
        }

        Place migrations() {
            return file(config.migrationsDir(), OptionalInt.empty());
        }

        Place file(Path path, OptionalInt line) {
            Path absolute = path.toAbsolutePath().normalize();
            String relative;
            try {
                relative = base.relativize(absolute).toString();
            } catch (IllegalArgumentException e) {   // another drive: no relative path
                relative = absolute.toString();
            }
            return new Place(relative.isEmpty() ? "." : relative.replace('\\', '/'), line);
        }

        /** An edited revision: the line of its class declaration. */
        Place revision(Path source) {
            String name = source.getFileName().toString().replaceFirst("\\.java$", "");
            return file(source, lines(source).map(lines -> declaration(lines, name)).orElse(OptionalInt.empty()));
        }

        /**
         * The source of {@code className} under the folder the migrations package is in ({@code src/main/java} when
         * migrations.dir is {@code src/main/java/shop/migrations}), at the first line after its declaration that names
         * {@code column} (as a string, or as a field whose name is the column's without underscores, in any case), else
         * at the declaration; empty when migrations.dir does not end with the package's path or the file is not there.
         */
        Optional<Place> entity(String className, Optional<String> column) {
            Path dir = config.migrationsDir().toAbsolutePath().normalize();
            Path packagePath = Path.of("", config.migrationsPackage().split("\\."));
            if (!dir.endsWith(packagePath)) return Optional.empty();
            Path root = dir;
            for (int i = 0; i < packagePath.getNameCount(); i++) root = root.getParent();
            String topLevel = className.split("\\$", 2)[0];
            Path file = root.resolve(topLevel.replace('.', '/') + ".java");
            String simple = className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
            return lines(file).map(lines -> {
                OptionalInt declared = declaration(lines, simple);
                OptionalInt named = declared.isPresent() && column.isPresent() ? member(lines, declared.getAsInt(), column.get())
                        : OptionalInt.empty();
                return file(file, named.isPresent() ? named : declared);
            });
        }

        private static Optional<List<String>> lines(Path file) {
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();   // the annotation then points at the folder
            }
        }

        /** The 1-based line declaring type {@code name}. */
        private static OptionalInt declaration(List<String> lines, String name) {
            var declared = Pattern.compile("\\b(class|record|interface|enum)\\s+" + Pattern.quote(name) + "\\b");
            for (int i = 0; i < lines.size(); i++) if (declared.matcher(lines.get(i)).find()) return OptionalInt.of(i + 1);
            return OptionalInt.empty();
        }

        /** The 1-based line after {@code from} that names {@code column}, comments left out. */
        private static OptionalInt member(List<String> lines, int from, String column) {
            String quoted = "\"" + column.toLowerCase(Locale.ROOT) + "\"";
            String bare = column.replace("_", "").toLowerCase(Locale.ROOT);
            for (int i = from; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) continue;
                if (line.toLowerCase(Locale.ROOT).contains(quoted)) return OptionalInt.of(i + 1);
                // an annotation's attributes (@Column(name = ...)) are not the field's name
                var words = WORD.matcher(ANNOTATION.matcher(line).replaceAll(" "));
                while (words.find()) if (words.group().toLowerCase(Locale.ROOT).equals(bare)) return OptionalInt.of(i + 1);
            }
            return OptionalInt.empty();
        }
    }
}
