package autogen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One CLI invocation in a test: its exit code and what it printed on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(CommandLine cl, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
