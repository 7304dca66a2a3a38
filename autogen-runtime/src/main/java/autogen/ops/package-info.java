/**
 * Operations: the steps of a migration as data. Each record carries what its DDL needs plus, when autogen
 * generated it, the definition it removes or changes ({@code existing}), so that {@link autogen.ops.Operation#reverse()}
 * is exact. The same list drives the Java source of a revision, its SQL and the drift report of {@code check}.
 */
package autogen.ops;
