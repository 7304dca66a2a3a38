package autogen.reflect;

import static autogen.migration.Dsl.check;
import static autogen.migration.Dsl.column;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.it.PostgresExtension;
import autogen.it.TestDatabase;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.model.TableElement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class CheckCanonicalizerIT {

    private static SchemaModel schema(TableElement... elements) {
        return new SchemaModel(List.of(Table.of("orders", List.of(elements))), List.of());
    }

    @Test
    void hibernatesSpellingAndPostgresStoredSpellingsShareOneCanonicalForm(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE orders (status varchar(16) CHECK (status in ('NEW','PAID')), n smallint CHECK (n between 0 and 2))");
        String storedStatus = db.column("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'orders_status_check'").get(0);
        String stored = storedStatus.substring("CHECK (".length(), storedStatus.length() - 1);
        var hibernate = schema(column("status", "varchar(16)"), column("n", "smallint"),
                check("orders_status_check", "status in ('NEW','PAID')"), check("orders_n_check", "n between 0 and 2"));
        var live = schema(column("status", "varchar(16)"), column("n", "smallint"),
                check("orders_status_check", stored), check("orders_n_check", "((n >= 0) AND (n <= 2))"));
        try (var c = db.connect()) {
            var checks = CheckCanonicalizer.canonical(c, hibernate, live);
            assertThat(checks.canonical("orders", "status in ('NEW','PAID')")).isEqualTo(checks.canonical("orders", stored));
            assertThat(checks.canonical("orders", "n between 0 and 2")).isEqualTo(checks.canonical("orders", "((n >= 0) AND (n <= 2))"));
            assertThat(checks.canonical("orders", "status in ('NEW','PAID')"))
                    .isNotEqualTo(checks.canonical("orders", "n between 0 and 2"));
        }
    }

    @Test
    void differentConstantsStayDifferent(TestDatabase db) throws SQLException {
        var v1 = schema(column("status", "varchar(16)"), check("orders_status_check", "status in ('NEW','PAID')"));
        var v2 = schema(column("status", "varchar(16)"), check("orders_status_check", "status in ('NEW','PAID','SHIPPED')"));
        try (var c = db.connect()) {
            var checks = CheckCanonicalizer.canonical(c, v1, v2);
            assertThat(checks.canonical("orders", "status in ('NEW','PAID')"))
                    .isNotEqualTo(checks.canonical("orders", "status in ('NEW','PAID','SHIPPED')"));
        }
    }

    @Test
    void anExpressionPostgresCannotParseIsComparedAsWrittenAndNothingIsLeftBehind(TestDatabase db) throws SQLException {
        var broken = schema(column("n", "integer"), check("orders_n_check", "no_such_function(n) > 0"));
        try (var c = db.connect()) {
            var checks = CheckCanonicalizer.canonical(c, broken);
            assertThat(checks.canonical("orders", "no_such_function(n) > 0")).isEqualTo("no_such_function(n) > 0");
            assertThat(c.getAutoCommit()).isTrue();
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relname LIKE 'autogen_probe%'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
