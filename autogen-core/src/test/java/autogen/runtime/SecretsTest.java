package autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void passwordsInUrlFormAreMaskedInAnyTextWithoutKnowingThem() {
        assertThat(Secrets.NONE.mask("No suitable driver found for jdbc:postgres://h/db?user=u&password=pw&ssl=true (check url)"))
                .isEqualTo("No suitable driver found for jdbc:postgres://h/db?user=u&password=***&ssl=true (check url)");
        assertThat(Secrets.NONE.mask("jdbc:postgresql://h/db?sslpassword=k3y;PASSWORD=pw"))
                .isEqualTo("jdbc:postgresql://h/db?sslpassword=***;PASSWORD=***");
        assertThat(Secrets.NONE.mask("cannot reach //app:pw@h:5432/db or //:pw@h/db"))
                .isEqualTo("cannot reach //app:***@h:5432/db or //:***@h/db");
        assertThat(Secrets.NONE.mask("jdbc:postgresql://[::1]:5432/db and jdbc:postgresql://h1:5432,h2:5433/db"))
                .isEqualTo("jdbc:postgresql://[::1]:5432/db and jdbc:postgresql://h1:5432,h2:5433/db");
    }

    @Test
    void knownValuesAreMaskedWhereverTheyAppearAsWrittenAndAsTheDriverDecodesThem() {
        Secrets secrets = Secrets.NONE.withValue("s3cr3t-Pa55").withUrl("jdbc:postgresql://h/db?password=p%40ss-w0rd");
        assertThat(secrets.mask("UnknownHostException: app:s3cr3t-Pa55@h; invalid input \"p@ss-w0rd\", p%40ss-w0rd"))
                .isEqualTo("UnknownHostException: app:***@h; invalid input \"***\", ***");
        assertThat(Secrets.NONE.withUrl("jdbc:postgresql://app:s3cr3t-Pa55@h/db").mask("host app:s3cr3t-Pa55@h"))
                .isEqualTo("host app:***@h");
    }

    @Test
    void aValueContainingAnotherIsMaskedWhole() {
        assertThat(Secrets.NONE.withValue("word").withValue("password-word").mask("it is password-word"))
                .isEqualTo("it is ***");
    }

    @Test
    void emptyAndVeryShortValuesAreMaskedOnlyWhereTheyStandAsAPassword() {
        Secrets secrets = Secrets.NONE.withValue("").withValue(null).withValue("at").withUrl(null);
        String trace = "java.sql.SQLException: refused\n\tat org.postgresql.Driver.connect(Driver.java:12)\n";
        assertThat(secrets.mask(trace)).isEqualTo(trace);
        assertThat(secrets.mask("jdbc:postgresql://h/db?password=at")).isEqualTo("jdbc:postgresql://h/db?password=***");
    }

    @Test
    void stackTracesAreMaskedCausesAndSuppressedIncluded() {
        var cause = new SQLException("Unable to parse URL jdbc:postgresql://h:99999/db?password=s3cr3t-Pa55");
        var e = new IllegalStateException("failed with s3cr3t-Pa55", cause);
        e.addSuppressed(new IllegalArgumentException("closing s3cr3t-Pa55 failed"));
        String trace = Secrets.NONE.withValue("s3cr3t-Pa55").stackTrace(e);
        assertThat(trace).doesNotContain("s3cr3t-Pa55").contains("Caused by: java.sql.SQLException: Unable to parse URL "
                + "jdbc:postgresql://h:99999/db?password=***").contains("Suppressed: java.lang.IllegalArgumentException: closing *** failed")
                .contains("\tat autogen.runtime.SecretsTest.");
    }
}
