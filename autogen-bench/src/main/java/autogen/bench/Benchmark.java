package autogen.bench;

import autogen.bench.Runs.Run;
import autogen.bench.Runs.Stats;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The benchmark: for each number of tables, a generated project with a history of {@code --revisions} revisions,
 * then every command timed as a whole child process, {@code --runs} times, interleaved (run 1 of every command,
 * then run 2, ...) so that a slow moment of the machine spreads over all of them. Beside autogen's commands, the
 * floors: {@code psql} running the same DDL, Hibernate validating the schema, Alembic comparing it. Prints figures
 * and asserts nothing; a run that exits non-zero is reported FAILED and left out of the figures.
 */
public final class Benchmark {

    /** Every command, in the order each run goes through them. */
    static final List<String> COMMANDS = List.of("psql", "hibernate", "alembic", "check", "check-embedded",
            "check-embedded-cold", "upgrade", "upgrade-sql", "heads", "history", "show", "lint", "revision", "baseline");

    /**
     * The JVM flags of the Hibernate floor: the launcher's (./autogen: the JIT's first tier, the serial collector), so
     * that the floor runs with what the CLI gets, bar the class-data sharing archive the launcher makes for itself.
     */
    static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** What the CLI must not see: the benchmark says which database each command gets. */
    private static final List<String> UNSET = List.of("AUTOGEN_URL", "AUTOGEN_USER", "AUTOGEN_PASSWORD", "JAVA_TOOL_OPTIONS");

    record Options(List<Integer> tables, int runs, int revisions, List<String> commands, Path work) {

        static final String USAGE = """
                usage: bench/run [--tables 100,1000] [--runs 5] [--revisions 5] [--commands NAME,...] [--work DIR]
                  --tables     the numbers of tables to measure, comma separated (default: 100,1000)
                  --runs       runs of each command per number of tables (default: 5)
                  --revisions  the length of the generated history (default: 5)
                  --commands   what to measure (default: all): %s
                  --work       where the projects, databases' scripts and logs go (default: /tmp/autogen-bench)
                """.formatted(String.join(",", COMMANDS));

        static Options parse(String[] args) {
            List<Integer> tables = List.of(100, 1000);
            int runs = 5;
            int revisions = 5;
            List<String> commands = COMMANDS;
            Path work = Path.of("/tmp/autogen-bench");
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("-h") || option.equals("--help")) {
                    System.out.print(USAGE);
                    System.exit(0);
                }
                if (i + 1 >= args.length) throw new IllegalArgumentException(option + " needs a value");
                String value = args[++i];
                switch (option) {
                    case "--tables" -> tables = Arrays.stream(value.split(",")).map(v -> positive(option, v)).toList();
                    case "--runs" -> runs = positive(option, value);
                    case "--revisions" -> revisions = positive(option, value);
                    case "--commands" -> {
                        commands = Arrays.stream(value.split(",")).map(String::strip).toList();
                        for (String c : commands)
                            if (!COMMANDS.contains(c)) throw new IllegalArgumentException("unknown command " + c);
                        commands = COMMANDS.stream().filter(commands::contains).toList();
                    }
                    case "--work" -> work = Path.of(value).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            for (int n : tables)
                if (n < revisions) throw new IllegalArgumentException("--tables " + n + " is fewer than --revisions " + revisions);
            return new Options(tables, runs, revisions, commands, work);
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n > 0) return n;
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(option + " takes positive whole numbers, not " + value);
        }
    }

    /** The project of one number of tables, ready to measure. */
    private record Setup(int tables, Path dir, Path project, Path classes, Path createSql, String packages, String headDb,
                         Runs runs, String setupLine) {}

    private final Options options;
    private final PrintStream out = System.out;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Path jar;
    /** The CLI as users run it (./autogen: its JVM flags and class-data archive); empty: the jar with java, as is. */
    private final Optional<Path> launcher;
    private EmbeddedPostgres postgres;
    private boolean psql;
    private boolean alembic;
    private boolean timings;
    private boolean timingsProbed;
    private int databases;
    /** Per number of tables, per command: its successful runs (for the scaling summary). */
    private final Map<Integer, Map<String, List<Run>>> results = new LinkedHashMap<>();

    private Benchmark(Options options) {
        this.options = options;
        this.jar = Path.of(System.getProperty("autogen.bench.jar", "autogen-cli/target/autogen.jar")).toAbsolutePath();
        this.launcher = Optional.ofNullable(System.getProperty("autogen.bench.launcher")).map(Path::of);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no CLI jar at " + jar + ": build autogen-cli first (bench/run does)");
        Files.createDirectories(options.work());
        progress("starting PostgreSQL (one server for the whole run) ...");
        try (var pg = EmbeddedPostgres.builder().start()) {
            postgres = pg;
            machine();
            for (int n : options.tables()) {
                Setup setup = setup(n);
                measure(setup);
            }
            if (results.size() > 1) scaling();
        }
    }

    // ---------------------------------------------------------------------------------------------------- machine

    private void machine() throws Exception {
        var runs = new Runs(options.work().resolve("logs"));
        Run version = runs.run("java-version", List.of(java, "-version"), Map.of(), UNSET);
        Run autogen = runs.run("autogen-version", cli(null, false, "--version"), Map.of(), UNSET);
        String server;
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            server = rs.getString(1);
        }
        psql = onPath("psql");
        alembic = Alembic.available();
        out.println("machine: nproc " + Runtime.getRuntime().availableProcessors() + ", "
                + version.stderr().stream().findFirst().orElse("java ?") + ", PostgreSQL " + server + " (embedded)");
        out.println("autogen: " + Files.readAllLines(autogen.stdout()).stream().findFirst().orElse("?"));
        out.println("psql: " + (psql ? firstLine(List.of("psql", "--version")) : "not on PATH: the psql floor is skipped"));
        out.println("alembic: " + (alembic ? firstLine(List.of(Alembic.PYTHON, "-c",
                "import alembic, sqlalchemy; print('alembic', alembic.__version__, '/ SQLAlchemy', sqlalchemy.__version__)"))
                : "not available (apt-get install python3-alembic python3-psycopg2)"));
        out.println("peak memory: " + (runs.measuresMemory() ? "max RSS of each child's largest process (/usr/bin/time -f %M)"
                : "not measured (no /usr/bin/time)"));
    }

    // ------------------------------------------------------------------------------------------------------ setup

    private Setup setup(int n) throws Exception {
        long started = System.nanoTime();
        Path dir = options.work().resolve(String.valueOf(n));
        clean(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".autogen-bench"), "made by autogen-bench; deleted and rewritten by its next run\n");
        var runs = new Runs(dir.resolve("logs"));

        progress("N=" + n + ": generating and compiling " + n + " entities in " + options.revisions() + " packages ...");
        var generator = new Generator(n, options.revisions());
        Path classes = dir.resolve("classes");
        generator.compile(dir.resolve("src"), classes);
        long compiled = System.nanoTime();

        // the history, written and applied by the real CLI, one group of tables per revision
        Path project = Files.createDirectories(dir.resolve("project"));
        String setupDb = createDatabase("setup_" + n);
        for (int k = 1; k <= options.revisions(); k++) {
            writeProperties(project, n, generator.packages(k));
            progress("N=" + n + ": revision " + k + "/" + options.revisions() + " ...");
            Run revision = mustRun(runs, "setup-revision-" + k,
                    cli(project, false, "revision", "-m", "group " + k, "--url", jdbcUrl(setupDb)));
            if (!Files.readString(revision.stdout()).startsWith("Wrote "))
                throw new IllegalStateException("revision " + k + " wrote no migration: " + revision.why());
            mustRun(runs, "setup-upgrade-" + k, cli(project, false, "upgrade", "head", "--url", jdbcUrl(setupDb)));
        }
        long history = System.nanoTime();

        // the psql floor's DDL: the offline script of the whole history, what upgrade head applies
        Path createSql = dir.resolve("create.sql");
        Run sql = mustRun(runs, "setup-upgrade-sql", cli(project, false, "upgrade", "--sql"));
        Files.copy(sql.stdout(), createSql);
        String packages = String.join(",", generator.packages(options.revisions()));
        if (alembic) {
            try (var c = postgres.getDatabase("postgres", setupDb).getConnection()) {
                Alembic.write(c, dir);
            }
        }
        long done = System.nanoTime();
        String timing = "setup: %s sources and javac, %s history (%d revisions, each then applied), %s script and models (create.sql %d KiB)"
                .formatted(seconds(compiled - started), seconds(history - compiled), options.revisions(),
                        seconds(done - history), Files.size(createSql) / 1024);
        progress("N=" + n + ": " + timing);
        if (!timingsProbed) probeTimings(runs, project);
        return new Setup(n, dir, project, classes, createSql, packages, setupDb, runs, timing);
    }

    /**
     * Whether the CLI takes {@code --timings}: exit 2 with "Unknown option" says it does not, and then every command
     * runs without it. Probed on a real project: {@code --timings --version} says nothing, as an unknown option next
     * to {@code --version} is not reported.
     */
    private void probeTimings(Runs runs, Path project) throws IOException {
        timingsProbed = true;
        Run probe = runs.run("timings-probe", cli(project, true, "heads"), Map.of(), UNSET);
        timings = probe.ok();
        if (!timings) out.println("phases: none, the CLI does not take --timings (exit " + probe.exit() + ": " + probe.why() + ")");
        else out.println("phases: from the CLI's --timings lines");
        out.println();
    }

    /** The project's settings, naming the entity packages of the first groups; no url: check alone is embedded. */
    private static void writeProperties(Path project, int n, List<String> packages) throws IOException {
        Files.writeString(project.resolve("autogen.properties"), """
                # written by autogen-bench: %d tables; no url, so that commands without --url use the embedded database
                entities=%s
                classpath=../classes
                migrations.package=bench.migrations
                migrations.dir=src/main/java/bench/migrations
                """.formatted(n, String.join(",", packages)));
    }

    /** Deletes a folder the benchmark made before (it holds the marker), refusing any other. */
    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        if (!Files.exists(dir.resolve(".autogen-bench")))
            throw new IllegalStateException(dir + " exists and was not made by the benchmark: choose another --work");
        delete(dir);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    // ---------------------------------------------------------------------------------------------------- measure

    /** How one run of a command is started, and what is checked and cleaned up after it. */
    private record Invocation(List<String> argv, Map<String, String> env, After after) {}

    private interface After {
        /** A reason the run failed although it exited 0, or null; cleans up what the run was given. */
        String after(Run run) throws Exception;
    }

    private interface Command {
        Invocation prepare(int run) throws Exception;
    }

    private void measure(Setup s) throws Exception {
        var commands = new LinkedHashMap<String, Command>();
        var notes = new ArrayList<String>();
        for (String name : options.commands()) {
            Command command = command(s, name, notes);
            if (command != null) commands.put(name, command);
        }
        if (commands.containsKey("check-embedded")) {
            progress("N=" + s.tables() + ": check-embedded, once untimed to warm the caches ...");
            s.runs().run("check-embedded-warmup", cli(s.project(), timings, "check"), Map.of(), UNSET);
        }

        var runs = new LinkedHashMap<String, List<Run>>();
        var failures = new ArrayList<String>();
        var alembicDiffs = new ArrayList<String>();
        for (int r = 1; r <= options.runs(); r++) {
            for (var entry : commands.entrySet()) {
                String name = entry.getKey();
                Invocation invocation = entry.getValue().prepare(r);
                Run run = s.runs().run(name, invocation.argv(), invocation.env(), UNSET);
                String problem = invocation.after().after(run);
                if (!run.ok()) problem = "exit " + run.exit() + ": " + run.why();
                if (problem == null && name.equals("alembic")) {
                    String count = Files.readAllLines(run.stdout()).stream().reduce((a, b) -> b).orElse("?").strip();
                    if (!count.equals("0")) alembicDiffs.add(count);
                }
                progress("N=%d run %d/%d %-20s %6d ms%s".formatted(s.tables(), r, options.runs(), name, run.millis(),
                        problem == null ? "" : "  FAILED " + problem));
                if (problem != null) failures.add("FAILED %s run %d (%s)".formatted(name, r, problem));
                else runs.computeIfAbsent(name, k -> new ArrayList<>()).add(run);
            }
        }
        results.put(s.tables(), runs);
        report(s, commands.keySet(), runs, failures, notes, alembicDiffs);
    }

    /** The command {@code name} on the project {@code s}, or null (with a note) when it cannot run here. */
    private Command command(Setup s, String name, List<String> notes) {
        String head = jdbcUrl(s.headDb());
        After nothing = run -> null;
        return switch (name) {
            case "psql" -> {
                if (!psql) {
                    notes.add("psql: skipped, psql is not on PATH");
                    yield null;
                }
                yield r -> {
                    String db = createDatabase("psql_" + s.tables() + "_" + r);
                    return new Invocation(List.of("psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-f",
                            s.createSql().toString(), libpqUrl(db)), Map.of(), run -> dropDatabase(db));
                };
            }
            case "hibernate" -> r -> new Invocation(javaCommand("-cp", System.getProperty("java.class.path"),
                    HibernateValidate.class.getName(), s.classes().toString(), s.packages(), head), Map.of(), nothing);
            case "alembic" -> {
                if (!alembic) {
                    notes.add("alembic: not available (apt-get install python3-alembic python3-psycopg2)");
                    yield null;
                }
                yield r -> new Invocation(List.of(Alembic.PYTHON, s.dir().resolve("compare.py").toString(),
                        "postgresql+psycopg2://postgres@localhost:" + postgres.getPort() + "/" + s.headDb()), Map.of(), nothing);
            }
            case "check" -> r -> new Invocation(cli(s.project(), timings, "check", "--url", head), Map.of(), nothing);
            case "check-embedded" -> r -> new Invocation(cli(s.project(), timings, "check"), Map.of(), nothing);
            case "check-embedded-cold" -> r -> {
                // a cache folder nothing has filled yet, for every run
                Path cache = Files.createDirectories(s.dir().resolve("cold-cache-" + r));
                return new Invocation(cli(s.project(), timings, "check"), Map.of("AUTOGEN_CACHE_DIR", cache.toString()),
                        run -> {
                            delete(cache);
                            return null;
                        });
            };
            case "upgrade" -> r -> {
                String db = createDatabase("upgrade_" + s.tables() + "_" + r);
                return new Invocation(cli(s.project(), timings, "upgrade", "head", "--url", jdbcUrl(db)), Map.of(),
                        run -> dropDatabase(db));
            };
            case "upgrade-sql" -> r -> new Invocation(cli(s.project(), timings, "upgrade", "--sql"), Map.of(), nothing);
            case "heads" -> r -> new Invocation(cli(s.project(), timings, "heads"), Map.of(), nothing);
            case "history" -> r -> new Invocation(cli(s.project(), timings, "history"), Map.of(), nothing);
            case "show" -> r -> new Invocation(cli(s.project(), timings, "show", "head"), Map.of(), nothing);
            case "lint" -> r -> new Invocation(cli(s.project(), timings, "lint"), Map.of(), nothing);
            case "revision" -> r -> {
                // no entity changed: revision must write nothing; if it does, that is a failure, and it is undone so
                // that the next commands still see the same history
                var before = snapshot(s.project());
                return new Invocation(cli(s.project(), timings, "revision", "-m", "bench", "--url", head), Map.of(),
                        run -> restore(s.project(), before));
            };
            case "baseline" -> {
                // the CLI has no baseline command; `revision --baseline` writes a first revision into the project
                notes.add("baseline: skipped, the CLI has no baseline command (revision --baseline writes a migration)");
                yield null;
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Every file under {@code project} with its content. */
    private static Map<Path, byte[]> snapshot(Path project) throws IOException {
        var files = new HashMap<Path, byte[]>();
        try (Stream<Path> paths = Files.walk(project)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) files.put(p, Files.readAllBytes(p));
        }
        return files;
    }

    /** Puts {@code project} back as {@code before} had it; says what had changed, or null when nothing had. */
    private static String restore(Path project, Map<Path, byte[]> before) throws IOException {
        var now = snapshot(project);
        var changed = new ArrayList<String>();
        for (var file : now.entrySet()) {
            byte[] old = before.get(file.getKey());
            if (old == null) {
                changed.add("wrote " + project.relativize(file.getKey()));
                Files.delete(file.getKey());
            } else if (!Arrays.equals(old, file.getValue())) {
                changed.add("changed " + project.relativize(file.getKey()));
                Files.write(file.getKey(), old);
            }
        }
        for (var file : before.entrySet()) {
            if (!now.containsKey(file.getKey())) {
                changed.add("deleted " + project.relativize(file.getKey()));
                Files.write(file.getKey(), file.getValue());
            }
        }
        return changed.isEmpty() ? null : "no entity changed, yet it " + String.join(", ", changed);
    }

    // ----------------------------------------------------------------------------------------------------- report

    private void report(Setup s, Iterable<String> commands, Map<String, List<Run>> runs, List<String> failures,
                        List<String> notes, List<String> alembicDiffs) {
        out.printf("== N=%d tables, %d revisions, %d runs per command (interleaved) ==%n", s.tables(), options.revisions(), options.runs());
        out.println(s.setupLine());
        out.println();
        out.printf("%-20s %5s %8s %10s  %-30s %9s %10s%n", "command", "runs", "min ms", "median ms", "median ratio", "peak MiB", "MiB/table");
        var medians = new HashMap<String, Long>();
        for (String name : commands) {
            var ok = runs.getOrDefault(name, List.of());
            if (!ok.isEmpty()) medians.put(name, Stats.of(ok.stream().map(Run::millis).toList()).median());
        }
        for (String name : commands) {
            var ok = runs.getOrDefault(name, List.of());
            if (ok.isEmpty()) {
                out.printf("%-20s %5s %8s %10s%n", name, "0/" + options.runs(), "FAILED", "");
                continue;
            }
            var time = Stats.of(ok.stream().map(Run::millis).toList());
            var peaks = ok.stream().map(Run::peakKib).filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).toList();
            String peak = "", perTable = "";
            if (!peaks.isEmpty()) {
                double mib = Stats.of(peaks).median() / 1024.0;
                peak = "%.0f".formatted(mib);
                perTable = String.format(Locale.ROOT, "%.3f", mib / s.tables());
            }
            out.printf("%-20s %5s %8d %10d  %-30s %9s %10s%n", name, ok.size() + "/" + options.runs(), time.min(),
                    time.median(), ratio(name, time.median(), medians), peak, perTable);
        }
        for (String f : failures) out.println(f);
        for (String n : notes) out.println(n);
        if (!alembicDiffs.isEmpty())
            out.println("alembic: compare_metadata found " + String.join(", ", alembicDiffs)
                    + " differences (models.py does not match the database exactly; see " + s.dir().resolve("logs/alembic.err") + ")");
        out.println();

        if (timings) {
            out.println("phases (min/median ms):");
            for (String name : commands) {
                var ok = runs.getOrDefault(name, List.of());
                var phases = new LinkedHashMap<String, List<Long>>();
                for (Run run : ok) run.phases().forEach((phase, ms) -> phases.computeIfAbsent(phase, k -> new ArrayList<>()).add(ms));
                if (phases.isEmpty()) continue;
                var line = new StringBuilder("  %-20s".formatted(name));
                phases.forEach((phase, values) -> {
                    var st = Stats.of(values);
                    line.append(" ").append(phase).append(" ").append(st.min()).append("/").append(st.median());
                });
                out.println(line);
            }
            out.println();
        }
    }

    /** Where the comparison means something: check against the floors, upgrade against psql, embedded against url. */
    private static String ratio(String name, long median, Map<String, Long> medians) {
        var against = switch (name) {
            case "check" -> List.of("hibernate", "alembic");
            case "check-embedded", "check-embedded-cold" -> List.of("check");
            case "upgrade" -> List.of("psql");
            default -> List.<String>of();
        };
        var parts = new ArrayList<String>();
        for (String floor : against) {
            Long m = medians.get(floor);
            if (m != null && m > 0) parts.add(String.format(Locale.ROOT, "%.2fx %s", (double) median / m, floor));
        }
        return String.join(", ", parts);
    }

    /** Between the smallest and the largest number of tables: what each table more costs. */
    private void scaling() {
        int small = results.keySet().stream().min(Integer::compare).orElseThrow();
        int large = results.keySet().stream().max(Integer::compare).orElseThrow();
        out.printf("== scaling from N=%d to N=%d: median ms and peak MiB per additional table ==%n", small, large);
        out.printf("%-20s %12s %14s%n", "command", "ms/table", "MiB/table");
        for (String name : options.commands()) {
            var a = results.get(small).get(name);
            var b = results.get(large).get(name);
            if (a == null || b == null) continue;
            double ms = (double) (median(b, Run::millis) - median(a, Run::millis)) / (large - small);
            String mib = "";
            if (a.get(0).peakKib().isPresent() && b.get(0).peakKib().isPresent())
                mib = String.format(Locale.ROOT, "%.3f", (median(b, r -> r.peakKib().orElse(0)) - median(a, r -> r.peakKib().orElse(0)))
                        / 1024.0 / (large - small));
            out.printf(Locale.ROOT, "%-20s %12.2f %14s%n", name, ms, mib);
        }
        out.println();
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> figure) {
        return Stats.of(runs.stream().map(figure::applyAsLong).toList()).median();
    }

    // ------------------------------------------------------------------------------------------------- processes

    private List<String> javaCommand(String... args) {
        var argv = new ArrayList<String>();
        argv.add(java);
        argv.addAll(JVM_FLAGS);
        argv.addAll(List.of(args));
        return argv;
    }

    /** The CLI on {@code project} (null: none), with {@code --timings} when asked and the CLI has it. */
    private List<String> cli(Path project, boolean withTimings, String... args) {
        var argv = launcher.map(l -> new ArrayList<>(List.of(l.toString()))).orElseGet(() -> new ArrayList<>(List.of(java, "-jar",
                jar.toString())));
        if (project != null) argv.addAll(List.of("-C", project.toString()));
        if (withTimings) argv.add("--timings");
        argv.addAll(List.of(args));
        return argv;
    }

    private static Run mustRun(Runs runs, String label, List<String> argv) throws IOException {
        Run run = runs.run(label, argv, Map.of(), UNSET);
        if (!run.ok())
            throw new IllegalStateException(label + " failed (exit " + run.exit() + "): " + run.why() + "\n  " + String.join(" ", argv));
        return run;
    }

    private String firstLine(List<String> argv) throws IOException {
        Run run = new Runs(options.work().resolve("logs")).run("version", argv, Map.of(), List.of());
        var lines = Files.readAllLines(run.stdout());
        return lines.isEmpty() ? "?" : lines.get(0);
    }

    private static boolean onPath(String program) {
        return Stream.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }

    // -------------------------------------------------------------------------------------------------- databases

    private String createDatabase(String name) throws SQLException {
        String db = "bench_" + name + "_" + ++databases;
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return db;
    }

    /** Drops a database a run mutated (its disk space is wanted back at 1000 tables); never a reason to fail. */
    private String dropDatabase(String db) throws SQLException {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
        return null;
    }

    private String jdbcUrl(String db) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + db + "?user=postgres";
    }

    private String libpqUrl(String db) {
        return "postgresql://postgres@localhost:" + postgres.getPort() + "/" + db;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static void progress(String line) {
        System.err.println("bench: " + line);
    }
}
