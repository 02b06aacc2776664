package dev.gcsync.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's desired state, made from the emulator's seed: every user gets one skill changed (added or
 * re-rated), every tenth user joins one of ten queues, and three queues get two more wrap-up codes.
 * Additive, so nothing else of the org moves. Deterministic for a given seed.
 */
public final class DemoScenario {
    static final int QUEUES_JOINED = 10;
    static final int QUEUES_WITH_NEW_CODES = 3;

    private DemoScenario() {}

    public static void write(StateSnapshot org, Path file) throws IOException {
        Map<String, String> skillNames = names(org.skills());
        Map<String, String> codeNames = names(org.wrapupCodes());
        List<QueueState> queues = org.queues();
        Map<String, List<String>> directQueues = new HashMap<>();
        queues.forEach(q -> q.members()
                .forEach(u ->
                        directQueues.computeIfAbsent(u, k -> new ArrayList<>()).add(q.id())));

        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < org.users().size(); i++) {
            UserRecord u = org.users().get(i);
            Entity skill = org.skills().get(i % org.skills().size());
            double current = u.skills().stream()
                    .filter(a -> a.id().equals(skill.id()))
                    .mapToDouble(Assignment::proficiency)
                    .findFirst()
                    .orElse(-1);
            double wanted = current < 0 ? 3 : current >= 5 ? 4 : Math.floor(current) + 1;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("email", u.email());
            entry.put("skills", Map.of(skillNames.get(skill.id()), wanted));
            if (i % 10 == 0 && !queues.isEmpty()) {
                QueueState q = queues.get((i / 10) % Math.min(QUEUES_JOINED, queues.size()));
                if (!directQueues.getOrDefault(u.id(), List.of()).contains(q.id())) {
                    entry.put("queues", List.of(q.name()));
                }
            }
            users.add(entry);
        }
        List<Map<String, Object>> queueEntries = new ArrayList<>();
        for (QueueState q : queues.subList(0, Math.min(QUEUES_WITH_NEW_CODES, queues.size()))) {
            List<String> codes = org.wrapupCodes().stream()
                    .filter(c -> !q.wrapupCodes().contains(c.id()))
                    .limit(2)
                    .map(c -> codeNames.get(c.id()))
                    .toList();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", q.name());
            entry.put("wrapupCodes", codes);
            queueEntries.add(entry);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("defaults", Map.of("skills", "additive", "languages", "additive", "queues", "additive"));
        doc.put("users", users);
        doc.put("queues", queueEntries);
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
                .writeValue(file.toFile(), doc);
    }

    private static Map<String, String> names(List<Entity> entities) {
        Map<String, String> m = new HashMap<>();
        entities.forEach(e -> m.put(e.id(), e.name()));
        return m;
    }
}
