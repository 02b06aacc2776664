package dev.gcsync.sync.desired;

import dev.gcsync.sync.tree.Pos;
import java.util.List;

/** A queue's desired wrap-up codes; {@code mode} null means the file's default for wrap-up codes. */
public record DesiredQueue(Ref name, List<Ref> wrapupCodes, FacetMode mode, Pos pos, boolean wellFormed) {
    public DesiredQueue {
        wrapupCodes = List.copyOf(wrapupCodes);
    }
}
