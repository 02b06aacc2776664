package dev.gcsync.sync.desired;

import dev.gcsync.sync.tree.Pos;
import java.util.List;

/**
 * One user's desired configuration. A null facet (skills, languages, queues) or profile field means
 * "not managed for this user": it is neither added to nor removed from, whatever the facet's mode.
 * {@code wellFormed} is false when the entry itself had problems (kept so that --skip-invalid can report it).
 */
public record DesiredUser(
        UserKey key,
        Pos pos,
        Ref title,
        Ref department,
        Ref manager,
        List<Proficiency> skills,
        List<Proficiency> languages,
        List<Ref> queues,
        boolean wellFormed) {

    public DesiredUser {
        skills = skills == null ? null : List.copyOf(skills);
        languages = languages == null ? null : List.copyOf(languages);
        queues = queues == null ? null : List.copyOf(queues);
    }

    /** The same entry, marked as having problems (e.g. listed twice). */
    public DesiredUser notWellFormed() {
        return new DesiredUser(key, pos, title, department, manager, skills, languages, queues, false);
    }
}
