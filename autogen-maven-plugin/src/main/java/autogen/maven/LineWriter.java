package autogen.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** Hands each complete line written to it to a consumer (Maven's log), as it is written: progress appears live. */
final class LineWriter extends Writer {

    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                int end = pending.length();
                if (end > 0 && pending.charAt(end - 1) == '\r') pending.setLength(end - 1);
                lines.accept(pending.toString());
                pending.setLength(0);
            } else {
                pending.append(c);
            }
        }
    }

    /** A last line without its newline is kept until close: flush is called mid-line by prompts and progress. */
    @Override
    public void flush() {}

    @Override
    public synchronized void close() {
        if (!pending.isEmpty()) lines.accept(pending.toString());
        pending.setLength(0);
    }
}
