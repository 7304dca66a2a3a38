package autogen.render;

import autogen.ops.Operation;
import java.util.List;

/**
 * The human and machine forms of a drift report: one line per operation that would bring the database to the
 * entities, written as the migration statement itself, with {@code +}, {@code -} or {@code ~} in front.
 */
public final class DiffPrinter {

    private DiffPrinter() {}

    public static String text(List<Operation> operations) {
        var out = new StringBuilder();
        for (Operation op : operations) out.append(symbol(op)).append(' ').append(OperationSource.statement(op)).append('\n');
        return out.toString();
    }

    /**
     * {@code {"status": "drift", "problems": ["drift"], "pendingRevisions": [...], "editedRevisions": [...], "drift":
     * [{"kind": ..., "statement": ...}, ...]}}: {@code status} is {@code clean} or the first of {@code problems}.
     */
    public static String json(String status, List<String> problems, List<String> pendingRevisions, List<String> editedRevisions,
            List<Operation> operations) {
        var out = new StringBuilder("{\"status\": ").append(quote(status)).append(",\n \"problems\": ").append(strings(problems))
                .append(",\n \"pendingRevisions\": ").append(strings(pendingRevisions))
                .append(",\n \"editedRevisions\": ").append(strings(editedRevisions)).append(",\n \"drift\": [");
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("  {\"kind\": ").append(quote(kind(op))).append(", \"statement\": ")
                    .append(quote(OperationSource.statement(op))).append('}');
        }
        return out.append(operations.isEmpty() ? "]}\n" : "\n]}\n").toString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(DiffPrinter::quote).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /** The operation's kind in camelCase, as its method on {@code op.} is named: {@code addColumn}, {@code dropTable}. */
    static String kind(Operation op) {
        String simple = op.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static char symbol(Operation op) {
        String kind = op.getClass().getSimpleName();
        if (kind.startsWith("Create") || kind.startsWith("Add")) return '+';
        if (kind.startsWith("Drop")) return '-';
        return '~';
    }

    private static String quote(String text) {
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
