package autogen.lint;

import static java.util.Objects.requireNonNull;

/** What a reviewer should know about one step: its code, and why, in one line. */
public record Finding(Code code, String why) {
    public Finding {
        requireNonNull(code, "code");
        requireNonNull(why, "why");
    }

    public Risk risk() {
        return code.risk();
    }

    /** A step's findings in a few words for a summary line: {@code safe}, {@code AG102 destroys}, ... */
    public static String label(java.util.List<Finding> findings) {
        if (findings.isEmpty()) return "safe";
        return String.join(", ", findings.stream()
                .map(f -> f.code().id() + " " + f.risk().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList());
    }

    /** The comment above the step in a migration class: {@code AG102 DESTROYS: drops customer.legacy_code and its data}. */
    public String comment() {
        return code.id() + " " + code.risk().name().replace('_', ' ') + ": " + why;
    }
}
