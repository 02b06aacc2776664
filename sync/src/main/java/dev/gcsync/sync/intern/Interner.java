package dev.gcsync.sync.intern;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one instance of each equal string. A 100,000-user org or desired-state file names a few dozen
 * skills, languages, queues, divisions and departments hundreds of thousands of times, and the JSON and YAML
 * parsers make a new {@code String} for each; kept as read, those copies took about 60 MiB of the launcher's
 * default 300 MB heap (docs/benchmarks.md, S4). Equal strings are interchangeable (records compare with
 * {@code equals}), so sharing them changes nothing but memory.
 *
 * <p>Not thread-safe: one interner per read, used by the thread that reads, dropped with the read (unlike
 * {@link String#intern()}, whose table lives as long as the JVM).
 */
public final class Interner {
    private final Map<String, String> seen = new HashMap<>();

    /** The first string equal to {@code s} this interner saw (or {@code s}); null for null. */
    public String of(String s) {
        if (s == null) {
            return null;
        }
        String first = seen.putIfAbsent(s, s);
        return first == null ? s : first;
    }

    /** The same map with its keys interned and its proficiencies shared ({@link Proficiencies#boxed}); null for null. */
    public Map<String, Double> of(Map<String, Double> proficiencies) {
        if (proficiencies == null) {
            return null;
        }
        Map<String, Double> out = new HashMap<>(proficiencies.size() * 2);
        proficiencies.forEach((k, v) -> out.put(of(k), v == null ? null : Proficiencies.boxed(v)));
        return out;
    }
}
