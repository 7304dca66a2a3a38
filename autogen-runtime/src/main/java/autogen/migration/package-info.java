/**
 * The public, stable surface that migration classes use: {@link autogen.migration.Migration},
 * {@link autogen.migration.Revision}, {@link autogen.migration.Ops} and the table-element DSL in
 * {@link autogen.migration.Dsl}. Generated and hand-written migrations use exactly this API.
 */
package autogen.migration;
