package autogen.maven;

import autogen.cli.InProcess;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A goal is the CLI command of its name, run in Maven's process on the project's settings and class path: the
 * same options, output and exit codes, which become Maven's outcomes (exit 1 a build failure whose message is the
 * command's report; exit 2 and 3 a build failure with its one error line).
 */
abstract class AutogenMojo extends AbstractMojo {

    static {
        // the embedded PostgreSQL logs its server's output at info through slf4j, which in Maven is the build's log;
        // Maven's slf4j reads a logger's level from this property when the logger is created, after this
        String zonky = "org.slf4j.simpleLogger.log.io.zonky";
        if (System.getProperty(zonky) == null) System.setProperty(zonky, "warn");
    }

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /**
     * The keys of autogen.properties ({@code <migrations.package>}, {@code <url>}, {@code <hibernate.…>}): over the
     * file's, under {@code -Dautogen.KEY}. The classpath is the project's own; a {@code classpath} key adds to it.
     */
    @Parameter
    Map<String, String> settings;

    /** The properties file read first, if it exists. */
    @Parameter(property = "autogen.configFile", defaultValue = "${project.basedir}/autogen.properties")
    java.io.File configFile;

    /** Print no progress (compiling, the embedded database, each revision applied): results only. */
    @Parameter(property = "autogen.quiet", defaultValue = "false")
    boolean quiet;

    /** Print an error's stack trace (passwords masked) before its one line; also on with {@code mvn -X}. */
    @Parameter(property = "autogen.debug", defaultValue = "false")
    boolean debug;

    /** Skip the goal (for instance a check bound to verify, in a build that must not start a database). */
    @Parameter(property = "autogen.skip", defaultValue = "false")
    boolean skip;

    /** The command and its options, as {@code autogen} takes them. */
    abstract List<String> command();

    /** Whether the goal compares the entities: then they must be compiled, or named. */
    boolean readsEntities() {
        return false;
    }

    /** Whether exit 1 is this goal's verdict (check, lint): its report is then the failure's message. */
    boolean reportsVerdict() {
        return false;
    }

    /**
     * Whether the verdict's report goes to standard output as printed, not through Maven's log: GitHub reads workflow
     * commands ({@code ::error ...}) only at the start of a line, where the log puts its level.
     */
    boolean reportsRaw() {
        return false;
    }

    /** Where the command's output goes, line by line: Maven's log unless a goal keeps it (sql writes it to a file). */
    java.util.function.Consumer<String> output() {
        return line -> getLog().info(MavenHints.translate(line));
    }

    /** After the command succeeded. */
    void succeeded() throws MojoExecutionException {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("autogen: skipped (autogen.skip)");
            return;
        }
        var resolved = ProjectSettings.of(project, settings, configFile.toPath(), session.getUserProperties(),
                session.getSystemProperties(), readsEntities());
        var args = new ArrayList<String>();
        if (quiet) args.add("--quiet");
        if (debug || getLog().isDebugEnabled()) args.add("--debug");
        resolved.url().ifPresent(url -> args.addAll(List.of("--url", url)));
        args.addAll(command());
        var report = new StringBuilder();
        var errors = new ArrayList<String>();
        var output = output();
        var out = new PrintWriter(new LineWriter(line -> {
            if (reportsVerdict()) report.append(MavenHints.translate(line)).append('\n');
            else output.accept(line);
        }));
        var err = new PrintWriter(new LineWriter(printed -> {
            String line = MavenHints.translate(printed);
            if (line.startsWith("error: ")) errors.add(line.substring("error: ".length()));
            else if (line.startsWith("autogen: ")) getLog().info(line);
            else getLog().warn(line);   // a stack trace (--debug), which -q must not hide
        }));
        int code = InProcess.run(args, System.getenv(), resolved::config, out, err);
        out.close();
        err.close();
        if (reportsRaw()) {
            // on a line of its own: Maven may have begun one (its console reset, with -q nothing after it)
            System.out.print("\n" + report);
            System.out.flush();
            report.setLength(0);
        }
        if (code == InProcess.OK) {
            report.toString().lines().forEach(getLog()::info);
            succeeded();
            return;
        }
        // check --against both: 4 (changed by hand) and 5 (live) are verdicts too
        if ((code == InProcess.DRIFT || reportsVerdict() && (code == 4 || code == 5)) && errors.isEmpty())
            throw new MojoFailureException("autogen " + command().get(0) + " failed:"
                    + (reportsRaw() ? " see the report above" : "\n" + report.toString().stripTrailing()));
        String message = errors.isEmpty() ? "autogen " + command().get(0) + " exited with " + code : String.join("\n", errors);
        if (code == InProcess.USAGE) throw new MojoFailureException(message);
        throw new MojoExecutionException(message);
    }

    /** {@code value} when set, for the goals whose CLI argument is optional. */
    static List<String> optional(String option, String value) {
        return value == null || value.isBlank() ? List.of() : List.of(option, value);
    }

    static List<String> flag(String option, boolean on) {
        return on ? List.of(option) : List.of();
    }

    static List<String> values(String joined) {
        return joined == null ? List.of() : List.of(joined.strip().split("[,\\s]+"));
    }
}
