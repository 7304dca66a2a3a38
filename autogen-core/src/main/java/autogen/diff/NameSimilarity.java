package autogen.diff;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two names are, from 0 (nothing shared) to 1 (the same words): the better of the word overlap
 * ({@code customer_name} and {@code customerName} are both {customer, name}) and the edit distance of the names
 * with separators removed.
 */
public final class NameSimilarity {

    private NameSimilarity() {}

    public static double of(String a, String b) {
        Set<String> wa = words(a), wb = words(b);
        var common = new HashSet<>(wa);
        common.retainAll(wb);
        var all = new HashSet<>(wa);
        all.addAll(wb);
        double jaccard = all.isEmpty() ? 0 : (double) common.size() / all.size();
        String ja = String.join("", wa.stream().sorted().toList()), jb = String.join("", wb.stream().sorted().toList());
        String fa = flat(a), fb = flat(b);
        int longest = Math.max(fa.length(), fb.length());
        double edit = longest == 0 ? 1 : 1 - (double) levenshtein(fa, fb) / longest;
        double reordered = ja.equals(jb) && !ja.isEmpty() ? 1 : 0;
        return Math.max(Math.max(jaccard, edit), reordered);
    }

    /** Words of camelCase, snake_case and kebab-case names, lower-cased. */
    static Set<String> words(String name) {
        return Arrays.stream(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[^A-Za-z0-9]+"))
                .filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String flat(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1], current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++)
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
