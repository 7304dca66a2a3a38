package autogen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostgresNamesTest {

    @Test
    void unquotedIdentifiersFoldToLowerCaseQuotedOnesKeepTheirText() {
        assertThat(PostgresNames.identifier("CustomerOrder", false)).isEqualTo("customerorder");
        assertThat(PostgresNames.identifier("CustomerOrder", true)).isEqualTo("CustomerOrder");
        assertThat(PostgresNames.identifier("\"CustomerOrder\"")).isEqualTo("CustomerOrder");
        assertThat(PostgresNames.identifier("`CustomerOrder`")).isEqualTo("CustomerOrder");
        assertThat(PostgresNames.identifier("FKqvy8urc87")).isEqualTo("fkqvy8urc87");
        assertThat(PostgresNames.identifier("Größe", false)).isEqualTo("größe");   // PostgreSQL folds ASCII only
    }

    @Test
    void identifiersAreCutTo63BytesOnACharacterBoundary() {
        assertThat(PostgresNames.identifier("a".repeat(70), false)).isEqualTo("a".repeat(63));
        String multibyte = "a".repeat(62) + "é";   // é is two bytes: it does not fit in the 63rd byte
        assertThat(PostgresNames.truncate(multibyte)).isEqualTo("a".repeat(62));
    }

    @Test
    void shortNamesAreJoinedWithTheLabel() {
        assertThat(PostgresNames.makeObjectName("customer_order", null, "pkey")).isEqualTo("customer_order_pkey");
        assertThat(PostgresNames.makeObjectName("customer_order", "status", "check")).isEqualTo("customer_order_status_check");
    }

    @Test
    void aLongTableNameIsCutSoThatTheLabelFits() {
        String table = "t".repeat(60);
        String name = PostgresNames.makeObjectName(table, null, "pkey");
        assertThat(name).isEqualTo("t".repeat(58) + "_pkey");
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(63);
    }

    @Test
    void theLongerOfTheTwoNamesIsCutFirst() {
        // 63 - "_" - "_key" leaves 58 bytes for the names: 50 + 10 becomes 48 + 10
        assertThat(PostgresNames.makeObjectName("a".repeat(50), "b".repeat(10), "key"))
                .isEqualTo("a".repeat(48) + "_" + "b".repeat(10) + "_key");
        // equally long: the second one gives way first, so they end at 28 and 28 (56 bytes left after "_" and "_check")
        assertThat(PostgresNames.makeObjectName("a".repeat(40), "b".repeat(40), "check"))
                .isEqualTo("a".repeat(28) + "_" + "b".repeat(28) + "_check");
    }

    @Test
    void aTakenNameGetsANumberAfterTheLabel() {
        Set<String> used = new HashSet<>();
        assertThat(PostgresNames.choose("ticket", null, "check", used)).isEqualTo("ticket_check");
        assertThat(PostgresNames.choose("ticket", null, "check", used)).isEqualTo("ticket_check1");
        assertThat(PostgresNames.choose("ticket", null, "check", used)).isEqualTo("ticket_check2");
        assertThat(used).containsExactlyInAnyOrder("ticket_check", "ticket_check1", "ticket_check2");
    }

    @Test
    void uniqueKeysAreNamedAfterTheirColumns() {
        var used = new HashSet<String>();
        assertThat(PostgresNames.uniqueKey("account", List.of("region", "login"), used)).isEqualTo("account_region_login_key");
        assertThat(PostgresNames.uniqueKey("account", List.of("region", "login"), used)).isEqualTo("account_region_login_key1");
        assertThat(PostgresNames.primaryKey("account", used)).isEqualTo("account_pkey");
    }

    @Test
    void aCheckOnOneColumnIsNamedAfterItAndOtherChecksAfterTheTable() {
        var columns = List.of("status", "total", "discount");
        var used = new HashSet<String>();
        assertThat(PostgresNames.check("orders", "status between 0 and 2", columns, used)).isEqualTo("orders_status_check");
        assertThat(PostgresNames.check("orders", "discount <= total", columns, used)).isEqualTo("orders_check");
        assertThat(PostgresNames.check("orders", "1 = 1", columns, used)).isEqualTo("orders_check1");
    }

    @Test
    void literalsFunctionsAndTypeNamesAreNotColumnReferences() {
        var columns = List.of("status", "total", "lower", "text");
        assertThat(PostgresNames.referencedColumns("status in ('total','NEW')", columns)).containsExactly("status");
        assertThat(PostgresNames.referencedColumns("lower(status) <> 'x'", columns)).containsExactly("status");
        assertThat(PostgresNames.referencedColumns("status::text = 'it''s total'", columns)).containsExactly("status");
        assertThat(PostgresNames.referencedColumns("\"total\" > 0 and TOTAL < 10", columns)).containsExactly("total");
    }
}
