package dev.gcsync.sync.plan;

import dev.gcsync.sync.desired.Facet;
import java.util.List;

/**
 * The difference between the desired state and the org, as readable changes and as the minimum list of
 * API writes ({@link Op}s) that closes it.
 *
 * @param users users with at least one change or note
 * @param unchangedUsers listed users already in the desired state (they cost no write)
 * @param kept what additive mode keeps that the file does not list, per facet (see {@link KeptByAdditive})
 */
public record Plan(List<UserPlan> users, int unchangedUsers, List<QueuePlan> queues, List<Op> ops, List<Kept> kept) {
    public Plan {
        users = List.copyOf(users);
        queues = List.copyOf(queues);
        ops = List.copyOf(ops);
        kept = kept == null ? List.of() : List.copyOf(kept);
    }

    public Plan(List<UserPlan> users, int unchangedUsers, List<QueuePlan> queues, List<Op> ops) {
        this(users, unchangedUsers, queues, ops, List.of());
    }

    /**
     * {@code assignments} of {@code facet} that the org has and the file does not list, on {@code entities}
     * listed users (queues, for wrap-up codes), kept because the facet is additive.
     */
    public record Kept(Facet facet, long assignments, long entities) {}

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
        return unchangedUsers
                + users.stream().filter(u -> !u.changesSomething()).count();
    }

    /** Removal lines (skills, languages, queues, wrap-up codes): what --max-removals counts. */
    public long removals() {
        return users.stream()
                        .flatMap(u -> u.changes().stream())
                        .filter(c -> c.kind() == Change.Kind.REMOVE)
                        .count()
                + queues.stream()
                        .flatMap(q -> q.changes().stream())
                        .filter(c -> c.kind() == Change.Kind.REMOVE)
                        .count();
    }
}
