package dev.gcsync.bench.nightly.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.gcsync.emulator.store.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Desired} as gcsync's desired-state file (docs/file-format.md), YAML or JSON by the file's
 * extension (the same document): users by email with their skills and queues by name (additive), queues
 * with their wrap-up codes (authoritative per queue).
 */
public final class DesiredDocument {
    private DesiredDocument() {}

    public static void write(Desired d, Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (List<Entity> list : List.of(d.initial().skills(), d.initial().wrapupCodes())) {
            list.forEach(e -> names.put(e.id(), e.name()));
        }
        d.initial().queues().forEach(q -> names.put(q.id(), q.name()));
        List<Map<String, Object>> users = new ArrayList<>(d.users().size());
        for (UserWant u : d.users()) {
            Map<String, Object> skills = new LinkedHashMap<>();
            u.skills().forEach((id, p) -> skills.put(names.get(id), p));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("email", u.email());
            entry.put("skills", skills);
            entry.put("queues", u.queues().stream().map(names::get).toList());
            users.add(entry);
        }
        List<Map<String, Object>> queues = new ArrayList<>();
        for (QueueWant q : d.queues()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", q.name());
            entry.put("wrapupCodes", q.codes().stream().map(names::get).toList());
            entry.put("wrapupCodes_mode", "authoritative");
            queues.add(entry);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(
                "defaults",
                Map.of("skills", "additive", "languages", "additive", "queues", "additive", "wrapupCodes", "additive"));
        doc.put("users", users);
        doc.put("queues", queues);
        ObjectMapper mapper = file.toString().endsWith(".json")
                ? new ObjectMapper()
                : new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        mapper.writeValue(file.toFile(), doc);
    }
}
