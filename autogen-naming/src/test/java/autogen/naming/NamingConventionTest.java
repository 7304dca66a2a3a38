package autogen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NamingConventionTest {

    @Test
    void aNameWithinPostgresqlsLimitIsKept() {
        String name = "fk_" + "a".repeat(60);
        assertThat(NamingConvention.shortened(name)).isEqualTo(name);
    }

    @Test
    void aLongerNameIsCutToSixtyThreeBytesTheSameWayEachTimeAndStaysDistinct() {
        String one = "fk_order_line_purchase_order_id_and_a_very_long_column_name_purchase_order";
        String other = "fk_order_line_purchase_order_id_and_a_very_long_column_name_purchase_orders";
        String cut = NamingConvention.shortened(one);
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(63);
        assertThat(cut).startsWith(one.substring(0, 54)).matches(".*_[0-9a-f]{8}");
        assertThat(NamingConvention.shortened(one)).isEqualTo(cut);
        assertThat(NamingConvention.shortened(other)).isNotEqualTo(cut);
    }

    @Test
    void aMultiByteCharacterIsNeverCutInHalf() {
        String name = "ix_" + "é".repeat(40);
        String cut = NamingConvention.shortened(name);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(cut);
        assertThat(cut).startsWith("ix_éé").doesNotContain("\uFFFD");
    }
}
