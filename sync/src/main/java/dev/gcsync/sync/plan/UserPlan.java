package dev.gcsync.sync.plan;

import java.util.List;

/** What changes for one user. */
public record UserPlan(String userId, String label, List<Change> changes) {
    public UserPlan {
        changes = List.copyOf(changes);
    }

    /** True when something is written for this user (group-kept notes alone write nothing). */
    public boolean changesSomething() {
        return changes.stream().anyMatch(c -> c.kind() != Change.Kind.GROUP_KEPT);
    }
}
