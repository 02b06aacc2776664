package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.NameSuggestions;
import dev.gcsync.sync.org.NamedId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds catalogue entries by name the way people write them: the name exactly as in the org first, then after
 * trimming and ignoring case. Two entries that differ only in case or spaces can both be named exactly (an
 * org may hold both: Genesys accepts them); a name that matches neither exactly but both loosely is ambiguous.
 */
final class NameIndex {
    /** What a lookup found: exactly one id, or why not. */
    sealed interface Lookup {
        record Found(String id, String name) implements Lookup {}

        record Unknown(String suggestions) implements Lookup {}

        record Ambiguous(List<String> names) implements Lookup {}
    }

    private final Map<String, List<NamedId>> byKey = new HashMap<>();
    private final Map<String, NamedId> exact = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    NameIndex(List<NamedId> entries) {
        for (NamedId e : entries) {
            byKey.computeIfAbsent(key(e.name()), k -> new ArrayList<>(1)).add(e);
            names.add(e.name());
            exact.putIfAbsent(e.name(), e);
        }
    }

    Lookup find(String name) {
        NamedId same = exact.get(name);
        if (same == null) {
            same = exact.get(name.trim());
        }
        if (same != null) {
            return new Lookup.Found(same.id(), same.name());
        }
        List<NamedId> hits = byKey.get(key(name));
        if (hits == null) {
            return new Lookup.Unknown(NameSuggestions.closest(name, names, 3));
        }
        if (hits.size() > 1) {
            return new Lookup.Ambiguous(
                    hits.stream().map(h -> h.name() + " (id " + h.id() + ")").toList());
        }
        return new Lookup.Found(hits.get(0).id(), hits.get(0).name());
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
