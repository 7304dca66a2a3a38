package autogen.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.it.PostgresExtension;
import autogen.it.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class RowEstimatesIT {

    @Test
    void estimatesRowsAndKnowsWhichColumnsHoldNoDataOnceAnalyzed(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE customer (id int, name text, legacy text)", "CREATE TABLE unused (id int)",
                "INSERT INTO customer (id, name) SELECT g, 'n' || g FROM generate_series(1, 50) g",
                "ANALYZE customer", "ANALYZE unused");
        try (var c = db.connect()) {
            assertThat(RowEstimates.of(c, "public")).containsEntry("customer", 50L);
            assertThat(RowEstimates.emptyColumns(c, "public")).contains("customer.legacy", "unused.id")
                    .doesNotContain("customer.name", "customer.id");
        }
    }
}
