package autogen.render;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Outside text (messages, names, comments, defaults, expressions, notes, findings) in the three places it reaches a
 * generated class: string literals, line comments and Javadoc. Each is escaped here, and only here, so that javac
 * reads it back as the same text and never as code.
 *
 * <p>What makes this more than quoting: javac decodes <code>&#92;u</code> escapes everywhere, comments included,
 * before it looks for the end of a comment, so <code>&#92;u000a</code> ends a line comment and
 * <code>&#92;u002a/</code> a Javadoc; JavaPoet breaks lines at line and paragraph separators (U+2028, U+2029) even
 * inside a {@code $S} literal, which it leaves unescaped, as it does lone surrogates, which the file's UTF-8 cannot
 * hold. Characters a reader cannot see
 * (controls, bidirectional and other format characters, lone surrogates) are written visibly, so that a reviewer
 * sees them too: as escapes in literals, {@code <U+202E>} in line comments, numeric entities in Javadoc.
 */
final class JavaText {

    /** One level of indentation in generated classes. */
    static final String INDENT = "    ";

    private JavaText() {}

    /**
     * A string literal javac reads as exactly {@code value} ({@code null} for null). For the text JavaPoet's
     * {@code $S} handles, the same characters as {@code $S}, so the classes it wrote read the same.
     */
    static CodeBlock literal(String value) {
        if (value == null) return CodeBlock.of("null");
        var out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                // javac decodes these inside the literal; none of them is a line terminator, quote or backslash
                default -> out.append(hidden(value, i) ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
            // javac (17) miscounts the backslashes right after an escaped lone high surrogate, and may then decode
            // an escaped "\\u..." as a Unicode escape: the literal ends there, concatenated with the rest
            if (Character.isHighSurrogate(c) && hidden(value, i) && i + 1 < value.length()) out.append("\" + \"");
            // as $S does: text with line feeds goes on in a concatenation on the next line, one line of text per line
            if (c == '\n' && i + 1 < value.length()) out.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
        }
        return CodeBlock.of("$L", out.append('"').toString());
    }

    /** {@code //} comment lines, one per line of {@code text}, that javac skips whole. */
    static CodeBlock lineComment(String text) {
        var block = CodeBlock.builder();
        for (String line : lines(text)) block.add("$L\n", line.isEmpty() ? "//" : "// " + commentLine(line));
        return block.build();
    }

    private static String commentLine(String line) {
        var out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                // a backslash begins a \\u escape when an even number of backslashes precede it: keep each run even
                int end = i;
                while (end < line.length() && line.charAt(end) == '\\') end++;
                out.append("\\".repeat(end - i));
                if ((end - i) % 2 == 1 && end < line.length() && line.charAt(end) == 'u') out.append('\\');
                i = end - 1;
            } else {
                // not as a \\u escape, which javac would decode: it misreads backslashes after a lone surrogate
                out.append(hidden(line, i) && c != '\t' ? "<U+%04X>".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /**
     * Plain text as Javadoc (HTML) that shows it as written: {@code & < >} as entities, line breaks as lines, no
     * block or inline tag ({@code @} at a line's start or after a brace), invisible characters as numeric entities.
     */
    static String javadocText(String text) {
        var out = new StringBuilder(text.length());
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineBreak(c)) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                out.append('\n');
                lineStart = true;
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append(lineStart || (i > 0 && text.charAt(i - 1) == '{') ? "&#64;" : "@");
                default -> out.append(hidden(text, i) && c != '\t' ? "&#x%x;".formatted((int) c) : String.valueOf(c));
            }
            lineStart &= c == ' ' || c == '\t' || c == '*';
        }
        return javadocComment(out.toString());
    }

    /**
     * Javadoc source (HTML, as a header template is written) that javac keeps inside its comment: {@code * /} and
     * any <code>&#92;u</code> escape, which could spell it, are written with entities, which read the same in the Javadoc.
     */
    static String javadocComment(String javadoc) {
        var out = new StringBuilder(javadoc.length());
        for (int i = 0; i < javadoc.length(); i++) {
            char c = javadoc.charAt(i);
            char next = i + 1 < javadoc.length() ? javadoc.charAt(i + 1) : 0;
            if (c == '*' && next == '/') {
                out.append("*&#47;");
                i++;
            } else if (c == '\\' && next == 'u') {
                out.append("&#92;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lines of {@code text}, split wherever javac or JavaPoet would start a new line. */
    private static List<String> lines(String text) {
        var lines = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!lineBreak(c)) continue;
            lines.add(text.substring(start, i));
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** javac ends lines at CR and LF; JavaPoet also at these (its {@code \R}). */
    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether the character at {@code i} is one a reader cannot see, or one UTF-8 cannot write (a lone surrogate). */
    private static boolean hidden(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
