package dev.gcsync.emulator.store;

import java.util.List;

/** The whole org state: what {@code GET /admin/state} exports and {@code PUT /admin/state} imports. */
public record StateSnapshot(
        List<Entity> divisions,
        List<Entity> skills,
        List<Entity> languages,
        List<Entity> wrapupCodes,
        List<GroupState> groups,
        List<QueueState> queues,
        List<UserRecord> users) {
    public StateSnapshot {
        divisions = copy(divisions);
        skills = copy(skills);
        languages = copy(languages);
        wrapupCodes = copy(wrapupCodes);
        groups = copy(groups);
        queues = copy(queues);
        users = copy(users);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
