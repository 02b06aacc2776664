package dev.gcsync.sync.resolve;

import dev.gcsync.sync.tree.Pos;
import java.util.Map;
import java.util.Set;

/**
 * A desired user with every name turned into an id. Null means "not managed" (see DesiredUser):
 * a null facet is left alone, a null profile field is not written.
 *
 * @param label how reports name the user (the key as written: usually the email)
 */
public record ResolvedUser(
        String userId,
        String label,
        Pos pos,
        Map<String, Double> skills,
        Map<String, Double> languages,
        Set<String> queues,
        String title,
        String department,
        String managerId)
        implements ResolvedEntry {

    public ResolvedUser {
        skills = skills == null ? null : Map.copyOf(skills);
        languages = languages == null ? null : Map.copyOf(languages);
        queues = queues == null ? null : Set.copyOf(queues);
    }

    @Override
    public String entryLabel() {
        return label + " (" + pos + ")";
    }
}
