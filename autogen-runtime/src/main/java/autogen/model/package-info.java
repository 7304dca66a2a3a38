/**
 * The one vocabulary every stage speaks: immutable values describing a PostgreSQL schema.
 *
 * <p>Both sides of a comparison are built from these records: the target from Hibernate's boot metamodel
 * ({@code autogen.inspect}), the current state from the live database ({@code autogen.reflect}). Names are
 * stored exactly as PostgreSQL stores them (unquoted identifiers folded to lower case) and types in the
 * canonical spelling of {@link autogen.model.ColumnType}, so equal schemas give equal values.
 */
package autogen.model;
