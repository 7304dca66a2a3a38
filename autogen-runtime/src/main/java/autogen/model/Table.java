package autogen.model;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table. Columns keep their declared order; constraints and indexes are sorted by name, so two reads of the
 * same schema are equal whatever order the catalog or Hibernate returned them in.
 */
public record Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey,
        List<UniqueConstraint> uniqueConstraints, List<CheckConstraint> checks, List<Index> indexes,
        List<ForeignKey> foreignKeys, Optional<String> comment) {

    public Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey,
            List<UniqueConstraint> uniqueConstraints, List<CheckConstraint> checks, List<Index> indexes,
            List<ForeignKey> foreignKeys) {
        this(name, columns, primaryKey, uniqueConstraints, checks, indexes, foreignKeys, Optional.empty());
    }

    public Table {
        requireNonNull(comment, "comment");
        requireNonNull(name, "name");
        requireNonNull(primaryKey, "primaryKey");
        columns = List.copyOf(columns);
        uniqueConstraints = sortedByName(uniqueConstraints, UniqueConstraint::name);
        checks = sortedByName(checks, CheckConstraint::name);
        indexes = sortedByName(indexes, Index::name);
        foreignKeys = sortedByName(foreignKeys, ForeignKey::name);
        var seen = new HashSet<String>();
        for (Column c : columns)
            if (!seen.add(c.name())) throw new IllegalArgumentException("table " + name + " has two columns " + c.name());
        for (var key : primaryKey.map(PrimaryKey::columns).orElse(List.of()))
            if (!seen.contains(key))
                throw new IllegalArgumentException("primary key of " + name + " names unknown column " + key);
    }

    /** A table from the elements written inside {@code CREATE TABLE}, as migration classes declare it. */
    public static Table of(String name, List<? extends TableElement> elements) {
        var columns = new ArrayList<Column>();
        PrimaryKey pk = null;
        var uniques = new ArrayList<UniqueConstraint>();
        var checks = new ArrayList<CheckConstraint>();
        String comment = null;
        for (TableElement e : elements) {
            if (e instanceof Column c) columns.add(c);
            else if (e instanceof PrimaryKey p) {
                if (pk != null) throw new IllegalArgumentException("table " + name + " declares two primary keys");
                pk = p;
            } else if (e instanceof UniqueConstraint u) uniques.add(u);
            else if (e instanceof CheckConstraint k) checks.add(k);
            else if (e instanceof TableComment c) comment = c.text();
        }
        return new Table(name, columns, Optional.ofNullable(pk), uniques, checks, List.of(), List.of(),
                Optional.ofNullable(comment));
    }

    /** The elements a {@code createTable} declares: comment, columns, primary key, unique and check constraints. */
    public List<TableElement> elements() {
        var out = new ArrayList<TableElement>();
        comment.ifPresent(c -> out.add(new TableComment(c)));
        out.addAll(columns);
        primaryKey.ifPresent(out::add);
        out.addAll(uniqueConstraints);
        out.addAll(checks);
        return out;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** This table as {@code CREATE TABLE} makes it: without the indexes and foreign keys added by separate steps. */
    public Table withoutIndexesAndForeignKeys() {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, List.of(), List.of(), comment);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, checks, indexes, foreignKeys, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, newIndexes, foreignKeys, comment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newChecks, indexes, foreignKeys, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, indexes, newForeignKeys, comment);
    }

    private static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
        return items.stream().sorted(comparing(name)).toList();
    }
}
