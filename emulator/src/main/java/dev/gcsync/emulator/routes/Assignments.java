package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.store.Assignment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pure functions over a user's skill or language assignments. */
final class Assignments {
    private Assignments() {}

    /** {@code current} with {@code changes} added or updated, order kept. */
    static List<Assignment> merge(List<Assignment> current, List<Assignment> changes) {
        Map<String, Assignment> byId = new LinkedHashMap<>();
        current.forEach(a -> byId.put(a.id(), a));
        changes.forEach(a -> byId.put(a.id(), a));
        return List.copyOf(byId.values());
    }

    static List<Assignment> without(List<Assignment> current, String id) {
        return current.stream().filter(a -> !a.id().equals(id)).toList();
    }

    static Assignment find(List<Assignment> current, String id) {
        return current.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
