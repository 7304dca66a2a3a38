package autogen.diff;

import java.util.Map;
import java.util.Optional;

/**
 * Renames the developer declared with {@code @RenamedFrom}: they are always taken, whatever the score.
 *
 * @param tables new table name → old table name
 * @param columns new table name → (new column name → old column name)
 */
public record RenameHints(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

    public RenameHints {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    public Optional<String> tableFrom(String table) {
        return Optional.ofNullable(tables.get(table));
    }

    public Optional<String> columnFrom(String table, String column) {
        return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
    }
}
