package autogen.reflect;

import static autogen.migration.Dsl.check;
import static autogen.migration.Dsl.column;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.it.PostgresExtension;
import autogen.it.TestDatabase;
import autogen.model.ColumnType;
import autogen.model.SchemaModel;
import autogen.model.Table;
import autogen.model.TableElement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ExpressionCanonicalizerIT {

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
            var checks = ExpressionCanonicalizer.canonical(c, hibernate, live);
            assertThat(checks.check("orders", "status in ('NEW','PAID')")).isEqualTo(checks.check("orders", stored));
            assertThat(checks.check("orders", "n between 0 and 2")).isEqualTo(checks.check("orders", "((n >= 0) AND (n <= 2))"));
            assertThat(checks.check("orders", "status in ('NEW','PAID')"))
                    .isNotEqualTo(checks.check("orders", "n between 0 and 2"));
        }
    }

    @Test
    void defaultsAsPeopleWriteThemShareOneCanonicalFormWithWhatPostgresStores(TestDatabase db) throws SQLException {
        var written = schema(column("at", "timestamp(6)").defaultSql("current_timestamp"), column("n", "integer").defaultSql("'14'"),
                column("flag", "boolean").defaultSql("TRUE"), column("doc", "jsonb").defaultSql("'{}'::jsonb"));
        var stored = schema(column("at", "timestamp(6)").defaultSql("CURRENT_TIMESTAMP"), column("n", "integer").defaultSql("14"),
                column("flag", "boolean").defaultSql("true"), column("doc", "jsonb").defaultSql("'{}'"));
        try (var c = db.connect()) {
            var forms = ExpressionCanonicalizer.canonical(c, written, stored);
            for (int i = 0; i < 4; i++) {
                var w = written.tables().get(0).columns().get(i);
                var s = stored.tables().get(0).columns().get(i);
                assertThat(forms.columnDefault(w.type(), w.defaultSql().get()))
                        .as(w.name()).isEqualTo(forms.columnDefault(s.type(), s.defaultSql().get()));
            }
            assertThat(forms.columnDefault(ColumnType.of("integer"), "'14'")).isNotEqualTo(forms.columnDefault(ColumnType.of("integer"), "15"));
        }
    }

    @Test
    void differentConstantsStayDifferent(TestDatabase db) throws SQLException {
        var v1 = schema(column("status", "varchar(16)"), check("orders_status_check", "status in ('NEW','PAID')"));
        var v2 = schema(column("status", "varchar(16)"), check("orders_status_check", "status in ('NEW','PAID','SHIPPED')"));
        try (var c = db.connect()) {
            var checks = ExpressionCanonicalizer.canonical(c, v1, v2);
            assertThat(checks.check("orders", "status in ('NEW','PAID')"))
                    .isNotEqualTo(checks.check("orders", "status in ('NEW','PAID','SHIPPED')"));
        }
    }

    @Test
    void anExpressionPostgresCannotParseIsComparedAsWrittenAndNothingIsLeftBehind(TestDatabase db) throws SQLException {
        var broken = schema(column("n", "integer"), check("orders_n_check", "no_such_function(n) > 0"));
        try (var c = db.connect()) {
            var checks = ExpressionCanonicalizer.canonical(c, broken);
            assertThat(checks.check("orders", "no_such_function(n) > 0")).isEqualTo("no_such_function(n) > 0");
            assertThat(c.getAutoCommit()).isTrue();
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relname LIKE 'autogen_probe%'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
