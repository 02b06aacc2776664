package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.store.StateSnapshot;
import java.util.List;

/**
 * A scenario's desired state, made by the harness from the org's initial state: what every contender must
 * reach, and what the judge compares the final state with.
 *
 * @param initial the org before any contender ran (each contender starts from it)
 * @param users   every listed user (all users of the org)
 * @param queues  the queues whose wrap-up codes change
 */
public record Desired(StateSnapshot initial, List<UserWant> users, List<QueueWant> queues) {
    public Desired {
        users = List.copyOf(users);
        queues = List.copyOf(queues);
    }

    /** Users whose desired state differs from the initial one. */
    public List<UserWant> changing() {
        return users.stream().filter(UserWant::changes).toList();
    }
}
