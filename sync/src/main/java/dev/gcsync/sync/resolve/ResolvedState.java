package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.Modes;
import java.util.List;

/**
 * The desired state in ids, ready to diff.
 *
 * @param skipped labels of the entries left out because they had problems (only with --skip-invalid)
 */
public record ResolvedState(Modes modes, List<ResolvedUser> users, List<ResolvedQueue> queues, List<String> skipped) {
    public ResolvedState {
        users = List.copyOf(users);
        queues = List.copyOf(queues);
        skipped = List.copyOf(skipped);
    }
}
