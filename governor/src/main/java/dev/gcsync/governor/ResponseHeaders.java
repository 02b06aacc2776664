package dev.gcsync.governor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Response header lookup, case-insensitive, as RFC 9110 wants. */
@FunctionalInterface
public interface ResponseHeaders {

    /** The first value of header {@code name}, if present. */
    Optional<String> first(String name);

    /** No headers at all. */
    static ResponseHeaders none() {
        return name -> Optional.empty();
    }

    /** A copy of {@code headers} (any key case) looked up case-insensitively. */
    static ResponseHeaders of(Map<String, List<String>> headers) {
        Map<String, String> firsts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null && !v.isEmpty()) {
                firsts.putIfAbsent(k.toLowerCase(Locale.ROOT), v.get(0));
            }
        });
        return name -> Optional.ofNullable(firsts.get(name));
    }
}
