package autogen.runtime;

import autogen.ConfigurationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations of settings ({@code lock_wait}, {@code lock_timeout}) as PostgreSQL reads its {@code lock_timeout}:
 * milliseconds, or a number with a unit ({@code us ms s min h d}, case-sensitive, a space allowed before it),
 * fractions rounded to the millisecond, up to PostgreSQL's limit of 2147483647ms. Values PostgreSQL reads
 * surprisingly are refused rather than guessed at: a leading zero (octal there: {@code 010} is 8ms), hex,
 * exponents, signs.
 */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("\\s*((?:0|[1-9][0-9]*)(?:\\.[0-9]+)?)\\s*(us|ms|s|min|h|d)?\\s*");
    private static final Map<String, BigDecimal> MILLIS = Map.of("us", new BigDecimal("0.001"), "ms", BigDecimal.ONE,
            "s", BigDecimal.valueOf(1_000), "min", BigDecimal.valueOf(60_000), "h", BigDecimal.valueOf(3_600_000),
            "d", BigDecimal.valueOf(86_400_000));
    /** lock_timeout is a PostgreSQL int of milliseconds. */
    private static final BigDecimal LIMIT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private Durations() {}

    /**
     * {@code value} of setting {@code key}, set in {@code where} ({@code autogen.properties}); anything else than a
     * duration is a configuration error naming the key and where it was set.
     */
    public static Duration parse(String key, String value, String where) {
        Matcher m = DURATION.matcher(value == null ? "" : value);
        if (!m.matches())
            throw new ConfigurationException(key + " is " + value + ": use a duration such as 30s, 10min or 1h (in "
                    + where + ")");
        // half-even, as PostgreSQL's rint()
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(MILLIS.get(m.group(2) == null ? "ms" : m.group(2)))
                .setScale(0, RoundingMode.HALF_EVEN);
        if (millis.compareTo(LIMIT) > 0)
            throw new ConfigurationException(key + " is " + value + ": PostgreSQL takes at most 2147483647ms (about 24 days)"
                    + " (in " + where + ")");
        return Duration.ofMillis(millis.longValueExact());
    }
}
