package autogen.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows what must never be printed, and hides it: a password in the forms it takes in a JDBC URL
 * ({@code password=…} and {@code sslpassword=…} parameters, {@code //user:password@}) wherever such text appears,
 * and the known values (the {@code password} setting, AUTOGEN_PASSWORD, the passwords in the configured URLs)
 * wherever they appear. Every message and stack trace autogen shows goes through {@link #mask(String)}; the JDBC
 * driver's own messages embed the URL it was given, so masking where they are printed is the only safe place.
 */
public final class Secrets {

    public static final String MASK = "***";

    /**
     * Known values shorter than this are masked only where they stand as a password in a URL (the patterns), not
     * wherever they occur: replacing every "at" or "12" would wreck the messages and stack traces they appear in
     * (the empty string would even match between every two characters).
     */
    static final int SHORTEST_MASKED_ANYWHERE = 4;

    /** Stops at whitespace too: it is masking messages, where a URL is followed by more words. */
    private static final Pattern PARAMETER = Pattern.compile("(?i)(password=)([^&;\\s]*)");
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@\\s]*:)([^/@\\s]*)@");

    /** No known values: only passwords in URL form are masked. */
    public static final Secrets NONE = new Secrets(List.of());

    /** Longest first, so that a value containing another is masked whole. */
    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** These secrets and {@code value} (a password); null and empty values are no secret. */
    public Secrets withValue(String value) {
        if (value == null || value.isEmpty()) return this;
        var all = new ArrayList<>(values);
        all.add(value);
        return new Secrets(all);
    }

    /** These secrets and the passwords in {@code url} (null for none), as written and %-decoded as the driver reads them. */
    public Secrets withUrl(String url) {
        if (url == null) return this;
        var found = new ArrayList<String>();
        for (Pattern form : List.of(PARAMETER, USERINFO)) {
            Matcher m = form.matcher(url);
            while (m.find()) {
                found.add(m.group(2));
                try {
                    found.add(URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a broken %-escape: the driver cannot read it either, the value as written is what can show
                }
            }
        }
        Secrets with = this;
        for (String value : found) with = with.withValue(value);
        return with;
    }

    public Secrets with(Secrets other) {
        var all = new ArrayList<>(values);
        all.addAll(other.values);
        return new Secrets(all);
    }

    /** {@code text} with every secret replaced by {@value #MASK}; null stays null. */
    public String mask(String text) {
        if (text == null) return null;
        String masked = USERINFO.matcher(PARAMETER.matcher(text).replaceAll("$1" + MASK)).replaceAll("$1" + MASK + "@");
        for (String value : values)
            if (value.length() >= SHORTEST_MASKED_ANYWHERE) masked = masked.replace(value, MASK);
        return masked;
    }

    /** The stack trace of {@code e}, its causes and suppressed exceptions included, masked. */
    public String stackTrace(Throwable e) {
        var trace = new StringWriter();
        try (var out = new PrintWriter(trace)) {
            e.printStackTrace(out);
        }
        return mask(trace.toString());
    }
}
