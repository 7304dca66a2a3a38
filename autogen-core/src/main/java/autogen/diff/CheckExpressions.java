package autogen.diff;

import java.util.Map;

/**
 * How a check constraint's expression reads once PostgreSQL has stored it. Hibernate writes
 * {@code status in ('NEW','PAID')}, PostgreSQL keeps
 * {@code ((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))}, and storing
 * that text again gives yet another spelling: comparing texts would report drift on every enum check, comparing
 * names only would miss a new enum constant. The comparator compares both sides' canonical forms; migrations keep
 * the text as written.
 */
public interface CheckExpressions {

    String canonical(String table, String expression);

    /** Expressions compared as written. */
    static CheckExpressions asWritten() {
        return (table, expression) -> expression;
    }

    /** Canonical forms by table and written expression; an expression without one is compared as written. */
    static CheckExpressions of(Map<String, Map<String, String>> canonicalByTableAndExpression) {
        return (table, expression) -> canonicalByTableAndExpression.getOrDefault(table, Map.of())
                .getOrDefault(expression, expression);
    }
}
