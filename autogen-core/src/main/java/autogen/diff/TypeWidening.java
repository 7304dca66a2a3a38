package autogen.diff;

import autogen.model.ColumnType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a column of one type converts to another without losing any value: the widenings a rename may carry. */
public final class TypeWidening {

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Pattern SIZED = Pattern.compile("^(varchar|char)\\((\\d+)\\)$");
    private static final Pattern NUMERIC = Pattern.compile("^numeric\\((\\d+),(\\d+)\\)$");

    private TypeWidening() {}

    public static boolean widens(ColumnType from, ColumnType to) {
        String a = from.sql(), b = to.sql();
        if (a.equals(b)) return true;
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) return INTEGERS.indexOf(a) <= INTEGERS.indexOf(b);
        if (a.equals("float(24)") && b.equals("float(53)")) return true;
        Matcher ma = SIZED.matcher(a), mb = SIZED.matcher(b);
        if (ma.matches() && (b.equals("text") || b.equals("varchar"))) return true;
        if (ma.matches() && mb.matches() && mb.group(1).equals("varchar"))
            return Integer.parseInt(ma.group(2)) <= Integer.parseInt(mb.group(2));
        Matcher na = NUMERIC.matcher(a), nb = NUMERIC.matcher(b);
        if (na.matches() && nb.matches()) {
            int pa = Integer.parseInt(na.group(1)), sa = Integer.parseInt(na.group(2));
            int pb = Integer.parseInt(nb.group(1)), sb = Integer.parseInt(nb.group(2));
            return sb >= sa && pb - sb >= pa - sa;   // neither integer digits nor decimals are lost
        }
        return false;
    }
}
