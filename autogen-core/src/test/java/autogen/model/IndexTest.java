package autogen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "placed_at                    | placed_at",
            "placed_at asc                | placed_at",
            "placed_at ASC NULLS LAST     | placed_at",
            "placed_at desc               | placed_at DESC",
            "placed_at DESC NULLS FIRST   | placed_at DESC",
            "placed_at DESC NULLS LAST    | placed_at DESC NULLS LAST",
            "placed_at nulls first        | placed_at NULLS FIRST",
            "Unit Price DESC              | Unit Price DESC"})
    void orderingIsKeptOnlyWhereItDiffersFromPostgresDefault(String written, String canonical) {
        assertThat(new Index("ix", List.of(written), false).columns()).containsExactly(canonical);
    }

    @org.junit.jupiter.api.Test
    void theAccessMethodIsPartOfTheIndex() {
        var plain = new Index("ix", List.of("body"), false);
        assertThat(plain.method()).isEqualTo("btree");
        assertThat(plain.using("GIN")).isNotEqualTo(plain).extracting(Index::method).isEqualTo("gin");
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource(delimiter = '|', value = {"a | a DESC", "a DESC | a DESC NULLS LAST", "a | a NULLS FIRST"})
    void aChangedOrderingIsADifferentIndex(String a, String b) {
        assertThat(new Index("ix", List.of(a), false)).isNotEqualTo(new Index("ix", List.of(b), false));
    }
}
