package autogen.diff;

import java.util.Locale;

/**
 * A table or column that looks renamed: what goes away, what comes, how sure autogen is and why.
 *
 * @param table for a column, the table (by its new name); for a table, its new name
 * @param description what the object is, for the question: its type for a column, its column count for a table
 */
public record RenameProposal(Kind kind, String table, String from, String to, double score, String evidence,
        boolean hinted, String description) {

    public enum Kind { TABLE, COLUMN }

    /** The question {@code --renames ask} puts, Django's way. */
    public String question() {
        return kind == Kind.TABLE
                ? "Did you rename table %s to %s (%s)? [y/N] ".formatted(from, to, description)
                : "Did you rename %s.%s to %s.%s (%s)? [y/N] ".formatted(table, from, table, to, description);
    }

    /** The comment above the rename in the generated class. */
    public String note() {
        String what = kind == Kind.TABLE ? "table " + from + " to " + to : table + "." + from + " to " + table + "." + to;
        if (hinted) return "rename of " + what + " declared by @RenamedFrom";
        return "likely rename of %s (%s; score %s): check before applying; `revision --renames never` writes drop + add instead"
                .formatted(what, evidence, String.format(Locale.ROOT, "%.2f", score));
    }
}
