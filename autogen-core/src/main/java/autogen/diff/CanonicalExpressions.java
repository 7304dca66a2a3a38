package autogen.diff;

import autogen.model.ColumnType;

/**
 * How a check or default expression reads once PostgreSQL has stored it. Hibernate writes
 * {@code status in ('NEW','PAID')} or a default {@code current_timestamp}; PostgreSQL keeps
 * {@code ((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))} and
 * {@code CURRENT_TIMESTAMP}, and storing that text again can respell it once more. Comparing texts would report
 * drift on every enum check; comparing names only would miss a new enum constant. The comparator compares both
 * sides' canonical forms; migrations keep the text as written.
 */
public interface CanonicalExpressions {

    String check(String table, String expression);

    String columnDefault(ColumnType type, String expression);

    /**
     * A generation expression, compared in the canonical space of checks as {@code (expression) IS NOT NULL}: a
     * boolean wrapper PostgreSQL accepts as a check, applied the same way to both sides.
     */
    default String generated(String table, String expression) {
        return check(table, asCheck(expression));
    }

    static String asCheck(String generationExpression) {
        return "(" + generationExpression + ") IS NOT NULL";
    }

    /** Expressions compared as written: right when both sides were read from databases. */
    static CanonicalExpressions asWritten() {
        return new CanonicalExpressions() {
            @Override
            public String check(String table, String expression) {
                return expression;
            }

            @Override
            public String columnDefault(ColumnType type, String expression) {
                return expression;
            }
        };
    }
}
