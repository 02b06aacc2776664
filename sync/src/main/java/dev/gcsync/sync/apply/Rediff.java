package dev.gcsync.sync.apply;

import dev.gcsync.sync.plan.Op;
import java.util.Optional;

/**
 * Re-reads what a refused or ambiguous op touches and says what is still to do: the answer to a 409
 * ("version does not match") or to a non-idempotent write whose outcome is unknown.
 */
@FunctionalInterface
public interface Rediff {
    /** @return the op that still closes the gap (e.g. with the fresh version), or empty when nothing is left */
    Optional<Op> after(Op refused);
}
