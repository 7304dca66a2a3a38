package autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"0|0", "1500|1500", "250ms|250", "30s|30000", "30 s|30000", "10min|600000",
            "1h|3600000", "2d|172800000", "1.5s|1500", "0.5min|30000", "2500us|2", "2.5|2", "3.5|4", " 5s |5000",
            "2147483647|2147483647"})
    void readsWhatPostgresqlReadsForLockTimeout(String value, long millis) {
        assertThat(Durations.parse("lock_wait", value, "autogen.properties")).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"forever", "", "5 seconds", "5S", "5m", "s", "-1", "+5", "1e3", "0x10", "010", "1.", "30d",
            "2147483648"})
    void refusesAnythingElseNamingTheKey(String value) {
        assertThatThrownBy(() -> Durations.parse("lock_timeout", value, "autogen.properties")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("lock_timeout is " + value + ": ").hasMessageEndingWith("(in autogen.properties)");
    }
}
