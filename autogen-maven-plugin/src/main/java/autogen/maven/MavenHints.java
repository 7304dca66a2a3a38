package autogen.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CLI's advice ({@code Run `autogen upgrade head`}) as a Maven user runs it ({@code `mvn autogen:upgrade
 * -Dautogen.target=head`}): the command becomes its goal, options and arguments the goal's properties. Commands
 * without a goal (init, index) stay as they are: they are the CLI's.
 */
final class MavenHints {

    private static final Pattern COMMAND = Pattern.compile("`autogen ([a-z]+)((?: [^`]*)?)`");
    private static final Set<String> GOALS = Set.of("revision", "check", "upgrade", "downgrade", "current", "history",
            "heads", "merge", "stamp", "lint");
    /** The property each goal's positional arguments go to. */
    private static final Map<String, String> ARGUMENTS = Map.of("upgrade", "target", "downgrade", "target",
            "stamp", "target", "merge", "revisions", "lint", "revision");
    private static final Map<String, String> OPTIONS = Map.of("-m", "message", "--message", "message", "--purge", "purge");

    /** What the CLI says of a class the entities need; in Maven the class path is the project's. */
    private static final String CLASSPATH_ADVICE = "to `classpath` in autogen.properties (jars and folders, comma separated)";

    private MavenHints() {}

    static String translate(String line) {
        line = line.replace(CLASSPATH_ADVICE, "to the project's dependencies (the plugin reads the entities on its runtime class path)");
        Matcher m = COMMAND.matcher(line);
        var out = new StringBuilder();
        while (m.find()) {
            String goal = m.group(1);
            String replacement = GOALS.contains(goal) ? "`mvn autogen:" + goal + properties(goal, m.group(2)) + "`" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String properties(String goal, String arguments) {
        var words = new ArrayList<String>();
        Matcher word = Pattern.compile("\"[^\"]*\"|\\S+").matcher(arguments);
        while (word.find()) words.add(word.group());
        var out = new StringBuilder();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String property = OPTIONS.get(w);
            if (property == null) positional.add(w);
            else if (property.equals("purge")) out.append(" -Dautogen.purge=true");
            else if (i + 1 < words.size()) out.append(" -Dautogen.").append(property).append('=').append(words.get(++i));
        }
        if (!positional.isEmpty() && ARGUMENTS.containsKey(goal))
            out.append(" -Dautogen.").append(ARGUMENTS.get(goal)).append('=').append(String.join(",", positional));
        return out.toString();
    }
}
