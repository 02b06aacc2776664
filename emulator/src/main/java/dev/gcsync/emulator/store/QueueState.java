package dev.gcsync.emulator.store;

import java.util.List;

/**
 * A queue as exported: direct member user ids, member groups (their users are members with
 * {@code memberBy: group}), and attached wrap-up code ids.
 */
public record QueueState(
        String id,
        String name,
        String divisionId,
        List<String> members,
        List<String> groups,
        List<String> wrapupCodes) {
    public QueueState {
        members = List.copyOf(members);
        groups = List.copyOf(groups);
        wrapupCodes = List.copyOf(wrapupCodes);
    }
}
