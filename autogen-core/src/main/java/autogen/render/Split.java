package autogen.render;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How many steps fit in one method and one class of a generated migration: the JVM takes at most 64 KB of
 * bytecode per method and 65535 constant-pool entries per class, and a baseline of a large database goes past both.
 * Sizes are estimated from the statements' source, the same way every time and from above: a token compiles to at
 * most 4 bytes (the worst is a string in a varargs list: {@code dup}, index, {@code ldc_w}, {@code aastore} for the
 * comma and the string), and a string or number literal takes at most 2 constant-pool entries.
 */
final class Split {

    /** Tokens per method: at most 60 KB of bytecode. */
    static final int METHOD_TOKENS = 15_000;

    /** Literals per class: at most 50000 constant-pool entries, leaving the rest for method and class references. */
    static final int CLASS_LITERALS = 25_000;

    private Split() {}

    /** The tokens and literals of some statements. */
    record Size(int tokens, int literals) {

        static Size of(CodeBlock statement) {
            String code = statement.toString();
            int tokens = 0;
            int literals = 0;
            for (int i = 0; i < code.length(); ) {
                char c = code.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                tokens++;
                if (c == '"') {
                    literals++;
                    for (i++; code.charAt(i) != '"'; i++) if (code.charAt(i) == '\\') i++;
                    i++;
                } else if (Character.isJavaIdentifierPart(c)) {
                    if (Character.isDigit(c)) literals++;
                    while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) i++;
                } else {
                    i++;
                }
            }
            return new Size(tokens, literals);
        }
    }

    /**
     * {@code items} in order, in consecutive groups each as large as {@code budget} allows (by {@code weight}); an
     * item larger than the budget makes a group of its own.
     */
    static <T> List<List<T>> groups(List<T> items, ToIntFunction<T> weight, int budget) {
        var groups = new ArrayList<List<T>>();
        var group = new ArrayList<T>();
        long used = 0;
        for (T item : items) {
            int w = weight.applyAsInt(item);
            if (!group.isEmpty() && used + w > budget) {
                groups.add(List.copyOf(group));
                group.clear();
                used = 0;
            }
            group.add(item);
            used += w;
        }
        if (!group.isEmpty()) groups.add(List.copyOf(group));
        return groups;
    }
}
