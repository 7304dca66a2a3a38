package autogen.migration;

import autogen.model.CheckConstraint;
import autogen.model.Column;
import autogen.model.EnumType;
import autogen.model.ForeignKey;
import autogen.model.Index;
import autogen.model.PrimaryKey;
import autogen.model.Sequence;
import autogen.model.TableElement;
import autogen.model.UniqueConstraint;

/**
 * The steps a migration can take. Names are passed as PostgreSQL stores them (lower case unless the entity quoted
 * them); autogen quotes them in SQL where needed. Table elements come from {@link Dsl}.
 */
public interface Ops {

    /** Creates a schema unless it exists. Tables outside the default schema are named {@code "schema.table"}. */
    void createSchema(String name);

    /** Drops a schema if it is empty; a schema that still holds anything is left alone. */
    void dropSchema(String name);

    /** Renames a table, keeping its rows; {@code to} is the new name in the same schema. */
    void renameTable(String from, String to);

    /** Renames a column, keeping its values. */
    void renameColumn(String table, String from, String to);

    void renameIndex(String table, String from, String to);

    /** Renames a primary key, unique, check or foreign key constraint. */
    void renameConstraint(String table, String from, String to);

    /** Renames a sequence, keeping its current value. */
    void renameSequence(String from, String to);

    void createTable(String table, TableElement... elements);

    void dropTable(String table);

    void addColumn(String table, Column column);

    /**
     * Adds a NOT NULL column to a table that may have rows: added nullable, existing rows set to
     * {@code backfillSql} (an SQL expression, may use other columns), then made NOT NULL.
     */
    void addColumn(String table, Column column, String backfillSql);

    void dropColumn(String table, String column);

    /**
     * Changes the type with PostgreSQL's assignment conversion (no {@code USING}): a string too long or a number out
     * of range fails the change, but numbers and timestamps are rounded silently. Prefer the form that names the
     * current type, which autogen writes, so that a conversion that could change a value is checked first.
     */
    void alterColumnType(String table, String column, String type);

    /**
     * Changes the type from {@code existingType}: where the conversion could cut or round a value, every value is
     * checked first and the step fails, changing nothing, if one would change; {@code USING} is added only where
     * PostgreSQL has no assignment conversion. See the README's table of type changes.
     */
    void alterColumnType(String table, String column, String type, String existingType);

    /**
     * Changes the type from {@code existingType}, computing each new value with {@code using}
     * ({@code using("created_at AT TIME ZONE 'UTC'")}).
     */
    void alterColumnType(String table, String column, String type, String existingType, Dsl.Using using);

    void setNotNull(String table, String column);

    void dropNotNull(String table, String column);

    void setDefault(String table, String column, String defaultSql);

    void dropDefault(String table, String column);

    void addIdentity(String table, String column);

    void dropIdentity(String table, String column);

    /** Changes the expression of a stored generated column (PostgreSQL 17). */
    void setGenerationExpression(String table, String column, String expression);

    /** Turns a generated column into a plain one that keeps its current values. */
    void dropGenerationExpression(String table, String column);

    void setTableComment(String table, String comment);

    void dropTableComment(String table);

    void setColumnComment(String table, String column, String comment);

    void dropColumnComment(String table, String column);

    void addPrimaryKey(String table, PrimaryKey primaryKey);

    void dropPrimaryKey(String table, String name);

    void addUniqueConstraint(String table, UniqueConstraint constraint);

    void dropUniqueConstraint(String table, String name);

    void addCheckConstraint(String table, CheckConstraint constraint);

    /** Replaces a check's expression in one statement, keeping its name; {@code existing} is the check as it is, which the downgrade restores. */
    void alterCheckConstraint(String table, CheckConstraint constraint, CheckConstraint existing);

    void dropCheckConstraint(String table, String name);

    void createIndex(String table, Index index);

    void dropIndex(String table, String name);

    /** Builds an index without blocking writes; only in a revision with {@code @Revision(transactional = false)}. */
    void createIndexConcurrently(String table, Index index);

    /** Drops an index without blocking reads and writes; only in a revision with {@code transactional = false}. */
    void dropIndexConcurrently(String table, String name);

    /** Adds a foreign key {@code NOT VALID}, then validates it: the scan does not block writes outside a transaction. */
    void addForeignKeyNotValidFirst(String table, ForeignKey foreignKey);

    /** Adds a check {@code NOT VALID}, then validates it, as {@link #addForeignKeyNotValidFirst}. */
    void addCheckConstraintNotValidFirst(String table, CheckConstraint constraint);

    void addForeignKey(String table, ForeignKey foreignKey);

    /**
     * Changes the {@code ON DELETE}/{@code ON UPDATE} actions or the deferrability of a foreign key, keeping its name
     * and reference; {@code existing} is the key as it is, which the downgrade restores.
     */
    void alterForeignKey(String table, ForeignKey foreignKey, ForeignKey existing);

    void dropForeignKey(String table, String name);

    void createSequence(Sequence sequence);

    /** Sets the start and increment of an existing sequence, keeping its current value. */
    void alterSequence(Sequence sequence);

    void dropSequence(String name);

    /** Creates an enum type, with the implicit casts to and from varchar that Hibernate relies on. */
    void createEnumType(EnumType enumType);

    void dropEnumType(String name);

    /** Adds a value at the end of an enum type. */
    void addEnumValue(String type, String value);

    /** Adds a value to an enum type just before an existing one, keeping the order the entities declare. */
    void addEnumValueBefore(String type, String value, String before);

    /** A step that cannot be performed automatically: running it fails with {@code reason}. */
    void irreversible(String reason);

    /** Runs SQL as written, for data migrations and anything the other steps do not cover. */
    void execute(String sql);

    /**
     * Runs SQL with {@code ?} marks replaced by the parameters as SQL literals: strings quoted and escaped, numbers and
     * booleans as written, {@code null} as NULL. {@code op.execute("UPDATE customer SET tier = ? WHERE tier = ?", "gold", "vip")}.
     * A {@code ?} inside a quoted literal, a quoted identifier, a dollar-quoted body or a comment is text, not a mark;
     * {@code ??} is one literal {@code ?} (the jsonb operator).
     */
    void execute(String sql, Object... parameters);

    /**
     * Runs Java code on the JDBC connection of the running revision, inside its transaction: a data migration SQL
     * cannot express. Online only: {@code --sql} refuses a revision with such a step, naming it. {@code description}
     * says what the code does; it appears in output and checksums in place of the code.
     * {@code op.jdbc("split names", connection -> { try (var s = connection.prepareStatement(...)) { ... } })}.
     */
    void jdbc(String description, JdbcStep step);
}
