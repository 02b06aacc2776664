package dev.gcsync.emulator.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** An immutable ordered list of entities with an index by id. */
final class Catalogue<T> {
    private final List<T> items;
    private final Map<String, T> byId;

    Catalogue(String what, List<T> items, Function<T, String> idOf) {
        this.items = List.copyOf(items);
        this.byId = new HashMap<>(items.size() * 2);
        for (T item : items) {
            if (byId.put(idOf.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id " + idOf.apply(item));
            }
        }
    }

    List<T> all() {
        return items;
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }
}
