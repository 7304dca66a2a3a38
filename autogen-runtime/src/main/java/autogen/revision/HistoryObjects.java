package autogen.revision;

import autogen.ops.CreateEnumType;
import autogen.ops.CreateSequence;
import autogen.ops.DropEnumType;
import autogen.ops.CreateTable;
import autogen.ops.DropSequence;
import autogen.ops.DropTable;
import autogen.ops.Operation;
import autogen.ops.RenameSequence;
import autogen.ops.RenameTable;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables, sequences and enum types the migration history manages: those its upgrades create and have not dropped again.
 * Everything else in a live database (tables of other applications, hand-made ones) is left alone: never
 * dropped, never reported as drift, unless an entity maps it.
 */
public record HistoryObjects(Set<String> tables, Set<String> sequences, Set<String> enumTypes) {

    public HistoryObjects {
        tables = Set.copyOf(tables);
        sequences = Set.copyOf(sequences);
        enumTypes = Set.copyOf(enumTypes);
    }

    public static HistoryObjects of(RevisionGraph graph) {
        var tables = new TreeSet<String>();
        var sequences = new TreeSet<String>();
        var enumTypes = new TreeSet<String>();
        for (LoadedMigration migration : graph.ordered())
            for (Operation op : migration.operations(true)) {
                if (op instanceof CreateTable t) tables.add(t.table().name());
                else if (op instanceof DropTable t) tables.remove(t.table());
                else if (op instanceof CreateSequence s) sequences.add(s.sequence().name());
                else if (op instanceof DropSequence s) sequences.remove(s.name());
                else if (op instanceof RenameTable r) {
                    tables.remove(r.from());
                    tables.add(r.to());
                } else if (op instanceof RenameSequence r) {
                    sequences.remove(r.from());
                    sequences.add(r.to());
                } else if (op instanceof CreateEnumType e) enumTypes.add(e.enumType().name());
                else if (op instanceof DropEnumType e) enumTypes.remove(e.name());
            }
        return new HistoryObjects(tables, sequences, enumTypes);
    }
}
