package autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import autogen.it.PostgresExtension;
import autogen.it.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PostgreSQL is the oracle: what Durations reads, its lock_timeout reads the same; what both refuse. */
@ExtendWith(PostgresExtension.class)
class DurationsIT {

    private static long lockTimeout(Connection c, String value) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("SET lock_timeout = '" + value + "'");
            try (var rs = s.executeQuery("SELECT setting FROM pg_settings WHERE name = 'lock_timeout'")) {
                rs.next();
                return Long.parseLong(rs.getString(1));
            }
        }
    }

    @Test
    void readsEveryValueAsPostgresqlDoes(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            for (String value : List.of("0", "1500", "250ms", "30s", "30 s", "10min", "1h", "2d", "1.5s", "0.5min",
                    "2500us", "2.5", "3.5", "1.0004s", "2147483647"))
                assertThat(Durations.parse("lock_timeout", value, "autogen.properties").toMillis()).as(value).isEqualTo(lockTimeout(c, value));
        }
    }

    @Test
    void refusesWhatPostgresqlRefuses(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(true);
            for (String value : List.of("forever", "5 seconds", "5S", "5m", "-1", "30d", "2147483648")) {
                assertThatThrownBy(() -> Durations.parse("lock_timeout", value, "autogen.properties")).as(value).isInstanceOf(ConfigurationException.class);
                assertThatThrownBy(() -> lockTimeout(c, value)).as(value).isInstanceOf(SQLException.class);
            }
        }
    }
}
