package dev.gcsync.sync.apply;

import dev.gcsync.governor.Outcome;
import java.time.Instant;
import java.util.Optional;

/**
 * How an apply ended.
 *
 * @param stoppedBy  the outcome that stopped it early (deadline, long Retry-After, interrupt), if any
 * @param retryAt    when the server allows requests again (a rate-limit stop) or the wait would have ended
 *                   (a deadline stop)
 * @param interruptedBy the operator's stop, e.g. {@code SIGINT (Ctrl-C)}, when that is what stopped it
 */
public record ApplyResult(
        int done,
        int failed,
        int pending,
        Optional<Outcome> stoppedBy,
        Optional<Instant> retryAt,
        Optional<String> interruptedBy) {
    public boolean stoppedEarly() {
        return stoppedBy.isPresent();
    }
}
