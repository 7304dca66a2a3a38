package autogen.render;

import autogen.ops.Operation;

/**
 * The pieces of a drift report, per operation that would bring the database to the entities: the migration
 * statement itself with {@code +}, {@code -} or {@code ~} in front, its kind as tools read it, and JSON strings.
 */
public final class DiffPrinter {

    private DiffPrinter() {}

    /** {@code + op.addColumn(...)}: the symbol, then the statement as a migration writes it. */
    public static String line(Operation op) {
        return symbol(op) + " " + OperationSource.statement(op);
    }

    /** The operation's kind in camelCase, as its method on {@code op.} is named: {@code addColumn}, {@code dropTable}. */
    public static String kind(Operation op) {
        String simple = op.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** {@code +} creates or adds, {@code -} drops, {@code ~} changes what is there. */
    public static char symbol(Operation op) {
        String kind = op.getClass().getSimpleName();
        if (kind.startsWith("Create") || kind.startsWith("Add")) return '+';
        if (kind.startsWith("Drop")) return '-';
        return '~';
    }

    /** {@code text} as a JSON string, quotes included. */
    public static String quote(String text) {
        var b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
