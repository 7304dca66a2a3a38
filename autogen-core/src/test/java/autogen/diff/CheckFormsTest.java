package autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckFormsTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', value = {
            "((kind)::text = ANY ((ARRAY['INFO'::character varying, 'WARN'::character varying])::text[])) | kind in ('INFO','WARN')",
            "(kind = ANY (ARRAY['A'::text, 'it''s, b'::text]))                                             | kind in ('A','it''s, b')",
            "((kind)::text = ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text]))       | kind in ('A','B')",
            "((rank >= 0) AND (rank <= 2))                                                                   | rank between 0 and 2",
            "((\"Rank\" >= -1) AND (\"Rank\" <= 2))                                                          | \"Rank\" between -1 and 2",
            "((a >= 0) AND (b <= 2))                                                                         | (a >= 0) AND (b <= 2)",
            "(price > 0)                                                                                     | price > 0",
            "(a > 0) OR (b > 0)                                                                              | (a > 0) OR (b > 0)",
            "(note <> 'it\"s (')                                                                             | note <> 'it\"s ('",
            "(note <> ')(')                                                                                  | note <> ')('",
            "((kind)::text = ANY ((ARRAY[lower('x'::text)])::text[]))                                        | (kind)::text = ANY ((ARRAY[lower('x'::text)])::text[])"})
    void storedFormsOfHibernatesChecksAreWrittenAsHibernateWritesThem(String stored, String written) {
        assertThat(CheckForms.written(stored)).isEqualTo(written);
    }

    @Test
    void aCheckWidensWhenItsValuesOrRangeOnlyGrow() {
        String stored = "((kind)::text = ANY ((ARRAY['INFO'::character varying, 'WARN'::character varying])::text[]))";
        assertThat(CheckForms.widens(stored, "kind in ('INFO','WARN','ERROR')")).isTrue();
        assertThat(CheckForms.widens(stored, "KIND in ('WARN','INFO')")).isTrue();
        assertThat(CheckForms.widens(stored, "kind in ('INFO')")).isFalse();
        assertThat(CheckForms.widens(stored, "other in ('INFO','WARN','ERROR')")).isFalse();
        assertThat(CheckForms.widens(stored, "\"KIND\" in ('INFO','WARN','ERROR')")).isFalse();
        assertThat(CheckForms.widens("((rank >= 0) AND (rank <= 1))", "rank between 0 and 2")).isTrue();
        assertThat(CheckForms.widens("((rank >= 0) AND (rank <= 1))", "rank between 1 and 2")).isFalse();
        assertThat(CheckForms.widens("price > 0", "price >= 0")).isFalse();
    }

    @Test
    void theStoredAndTheWrittenFormOfOneCheckAreComparableWithoutADatabase() {
        assertThat(CheckForms.comparable("(depth > 0)")).isEqualTo(CheckForms.comparable("depth > 0"));
        assertThat(CheckForms.comparable("((ordinalkind >= 0) AND (ordinalkind <= 1))"))
                .isEqualTo(CheckForms.comparable("ordinalKind between 0 and 1"));
        assertThat(CheckForms.comparable("kind in ('INFO')")).isNotEqualTo(CheckForms.comparable("kind in ('info')"));
        assertThat(CheckForms.comparable("\"Depth\" > 0")).isNotEqualTo(CheckForms.comparable("depth > 0"));
    }
}
