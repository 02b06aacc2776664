package dev.gcsync.sync.plan;

import java.util.List;

/**
 * The difference between the desired state and the org, as readable changes and as the minimum list of
 * API writes ({@link Op}s) that closes it.
 *
 * @param users users with at least one change or note
 * @param unchangedUsers listed users already in the desired state (they cost no write)
 */
public record Plan(List<UserPlan> users, int unchangedUsers, List<QueuePlan> queues, List<Op> ops) {
    public Plan {
        users = List.copyOf(users);
        queues = List.copyOf(queues);
        ops = List.copyOf(ops);
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    public long changedUsers() {
        return users.stream().filter(UserPlan::changesSomething).count();
    }

    /**
     * Listed users to which nothing is written: those already in the desired state and those with notes only
     * (memberships that come through a group). With {@link #changedUsers} it adds up to the users listed.
     */
    public long unchangedListed() {
        return unchangedUsers + users.stream().filter(u -> !u.changesSomething()).count();
    }

    /** Removal lines (skills, languages, queues, wrap-up codes): what --max-removals counts. */
    public long removals() {
        return users.stream().flatMap(u -> u.changes().stream()).filter(c -> c.kind() == Change.Kind.REMOVE).count()
                + queues.stream().flatMap(q -> q.changes().stream()).filter(c -> c.kind() == Change.Kind.REMOVE).count();
    }
}
