package dev.gcsync.sync.desired;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** "Did you mean …?" — the existing names closest to a misspelt one, by edit distance. */
public final class NameSuggestions {
    private NameSuggestions() {}

    /**
     * @return up to {@code max} quoted names, comma-separated, that are within a plausible distance of
     *     {@code wanted}; empty when none is close
     */
    public static String closest(String wanted, Collection<String> names, int max) {
        return closest(wanted, names, max, name -> name);
    }

    /** Emails differ where people mistype them, before the '@': compare local parts only. */
    public static String closestEmail(String wanted, Collection<String> emails, int max) {
        return closest(wanted, emails, max, e -> e.indexOf('@') < 0 ? e : e.substring(0, e.indexOf('@')));
    }

    private static String closest(String wanted, Collection<String> names, int max, UnaryOperator<String> part) {
        String w = part.apply(wanted.trim().toLowerCase(Locale.ROOT));
        int limit = Math.max(2, w.length() / 3);
        record Scored(String name, int distance) {}
        List<Scored> scored = names.stream()
                .map(n -> new Scored(n, distance(w, part.apply(n.toLowerCase(Locale.ROOT)))))
                .filter(s -> s.distance() <= limit
                        || s.name().toLowerCase(Locale.ROOT).contains(w) && w.length() >= 3)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(max)
                .toList();
        return scored.stream().map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(", "));
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
