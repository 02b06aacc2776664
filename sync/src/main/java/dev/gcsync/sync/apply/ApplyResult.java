package dev.gcsync.sync.apply;

import dev.gcsync.governor.Outcome;
import java.time.Instant;
import java.util.Optional;

/**
 * How an apply ended.
 *
 * @param stoppedBy  the outcome that stopped it early (deadline, long Retry-After, interrupt), if any
 * @param retryAt    when the server allows requests again, for a rate-limit stop
 */
public record ApplyResult(int done, int failed, int pending, Optional<Outcome> stoppedBy, Optional<Instant> retryAt) {
    public boolean stoppedEarly() {
        return stoppedBy.isPresent();
    }
}
