package autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ops.IrreversibleOperationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    /** SQL with one mark, and what binding {@code 'x'} to it gives. */
    static Stream<Arguments> marks() {
        return Stream.of(
                Arguments.of("UPDATE t SET a = ? WHERE b = '?'", "UPDATE t SET a = 'x' WHERE b = '?'"),
                Arguments.of("UPDATE t SET a = 'it''s ?' || ?", "UPDATE t SET a = 'it''s ?' || 'x'"),
                Arguments.of("SELECT E'\\' ?' , ?", "SELECT E'\\' ?' , 'x'"),
                Arguments.of("SELECT \"odd?name\" FROM t WHERE c = ?", "SELECT \"odd?name\" FROM t WHERE c = 'x'"),
                Arguments.of("SELECT $$ ? $$, $tag$ ? $tag$, ?", "SELECT $$ ? $$, $tag$ ? $tag$, 'x'"),
                Arguments.of("SELECT 1 -- what ?\n, ?", "SELECT 1 -- what ?\n, 'x'"),
                Arguments.of("SELECT /* a /* nested ? */ ? */ ?", "SELECT /* a /* nested ? */ ? */ 'x'"),
                Arguments.of("SELECT doc ?? 'key' FROM t WHERE id = ?", "SELECT doc ? 'key' FROM t WHERE id = 'x'"),
                Arguments.of("SELECT a$1 FROM t WHERE b = ?", "SELECT a$1 FROM t WHERE b = 'x'"));
    }

    @ParameterizedTest
    @MethodSource("marks")
    void onlyMarksOutsideQuotesAndCommentsAreParameters(String sql, String bound) {
        assertThat(Placeholders.bind(sql, List.of("x"))).isEqualTo(bound);
    }

    @Test
    void valuesBecomeLiteralsAndCountsMustAgree() {
        assertThat(Placeholders.bind("VALUES (?, ?, ?, ?)", Arrays.asList("o'k", 3, true, null))).isEqualTo("VALUES ('o''k', 3, true, NULL)");
        assertThatThrownBy(() -> Placeholders.bind("VALUES (?, '?')", List.of(1, 2))).isInstanceOf(IrreversibleOperationException.class)
                .hasMessageContaining("2 parameters for 1 ? marks");
        assertThatThrownBy(() -> Placeholders.bind("VALUES (?, ?)", List.of(1))).isInstanceOf(IrreversibleOperationException.class);
    }
}
