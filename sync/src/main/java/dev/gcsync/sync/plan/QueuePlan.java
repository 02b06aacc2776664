package dev.gcsync.sync.plan;

import java.util.List;

/** What changes in one queue's wrap-up codes. */
public record QueuePlan(String queueId, String name, List<Change> changes) {
    public QueuePlan {
        changes = List.copyOf(changes);
    }
}
