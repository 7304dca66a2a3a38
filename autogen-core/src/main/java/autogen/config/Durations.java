package autogen.config;

import autogen.ConfigurationException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as PostgreSQL's {@code lock_timeout} accepts them: a number of milliseconds, or a number with a unit. */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("^(\\d+)\\s*(ms|s|min|h|d)?$");

    private Durations() {}

    /** {@code key} names the setting in the error: {@code lock_wait is forever: use a duration such as ...}. */
    public static Duration parse(String key, String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches())
            throw new ConfigurationException(key + " is " + value + ": use a duration such as 30s, 10min or 1h (in autogen.properties)");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
