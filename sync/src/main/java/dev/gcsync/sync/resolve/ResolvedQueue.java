package dev.gcsync.sync.resolve;

import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.tree.Pos;
import java.util.Set;

/** A queue's desired wrap-up codes by id, with the mode that applies to it. */
public record ResolvedQueue(String queueId, String name, Set<String> wrapupCodes, FacetMode mode, Pos pos)
        implements ResolvedEntry {
    public ResolvedQueue {
        wrapupCodes = Set.copyOf(wrapupCodes);
    }

    @Override
    public String entryLabel() {
        return "queue " + name + " (" + pos + ")";
    }
}
