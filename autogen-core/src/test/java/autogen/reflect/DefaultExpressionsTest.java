package autogen.reflect;

import static autogen.reflect.DefaultExpressions.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The inputs are what PostgreSQL 17's {@code pg_get_expr} prints for the default written in each test's name. */
class DefaultExpressionsTest {

    @Test
    void stringLiteralLosesItsCast() {
        assertThat(normalise("'abc'::character varying")).contains("'abc'");
    }

    @Test
    void stringLiteralWithQuoteLosesItsCast() {
        assertThat(normalise("'it''s'::text")).contains("'it''s'");
    }

    @Test
    void stringLiteralLosesMultiWordAndArrayCasts() {
        assertThat(normalise("'12:00:00'::time without time zone")).contains("'12:00:00'");
        assertThat(normalise("'{}'::text[]")).contains("'{}'");
        assertThat(normalise("'ab'::bpchar")).contains("'ab'");
    }

    @Test
    void quotedNumberCastToNumericBecomesTheNumber() {
        assertThat(normalise("'0'::numeric")).contains("0");
        assertThat(normalise("'-0.5'::numeric")).contains("-0.5");
    }

    @Test
    void negativeIntegerCastBecomesTheNumber() {
        // DEFAULT -5 on a bigint column prints as '-5'::integer
        assertThat(normalise("'-5'::integer")).contains("-5");
        assertThat(normalise("'10000000000'::bigint")).contains("10000000000");
    }

    @Test
    void parenthesisedNumberCastBecomesTheNumber() {
        assertThat(normalise("(0)::numeric")).contains("0");
        assertThat(normalise("(-1)::numeric(10,2)")).contains("-1");
    }

    @Test
    void quotedNumberCastToTextStaysAString() {
        assertThat(normalise("'123'::character varying")).contains("'123'");
    }

    @Test
    void plainLiteralsAreKept() {
        assertThat(normalise("0")).contains("0");
        assertThat(normalise("1.50")).contains("1.50");
        assertThat(normalise("false")).contains("false");
    }

    @Test
    void sequenceDefaultIsKeptAsPrinted() {
        assertThat(normalise("nextval('ticket_number_seq'::regclass)")).contains("nextval('ticket_number_seq'::regclass)");
    }

    @Test
    void functionCallsAndExpressionsAreKeptAsPrinted() {
        assertThat(normalise("CURRENT_TIMESTAMP")).contains("CURRENT_TIMESTAMP");
        assertThat(normalise("now()")).contains("now()");
        assertThat(normalise("('a'::text || 'b'::text)")).contains("('a'::text || 'b'::text)");
    }

    @Test
    void nullDefaultIsNoDefault() {
        assertThat(normalise("NULL::character varying")).isEmpty();
        assertThat(normalise("NULL")).isEmpty();
    }

    @Test
    void missingDefaultIsNoDefault() {
        assertThat(normalise(null)).isEmpty();
        assertThat(normalise("  ")).isEmpty();
    }
}
