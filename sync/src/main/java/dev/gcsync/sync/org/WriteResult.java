package dev.gcsync.sync.org;

import dev.gcsync.governor.Outcome;
import java.time.Instant;
import java.util.Optional;

/**
 * The end of one write.
 *
 * @param outcome      the governor's decision (SUCCESS, CONFLICT, AMBIGUOUS, FAILED, STOPPED_…)
 * @param attempts     requests sent for it
 * @param correlationId the server's ININ-Correlation-Id of the last answer ("" when none)
 * @param message      for anything but success: status, Genesys code and message, in one line
 * @param retryAt      for STOPPED_RATE_LIMITED: when the server allows requests again
 * @param confirmation for a success whose answer carries the user's resulting list: that list
 */
public record WriteResult(
        Outcome outcome,
        int attempts,
        String correlationId,
        String message,
        Optional<Instant> retryAt,
        Optional<Confirmation> confirmation) {

    /** A result whose answer confirms nothing. */
    public WriteResult(Outcome outcome, int attempts, String correlationId, String message, Optional<Instant> retryAt) {
        this(outcome, attempts, correlationId, message, retryAt, Optional.empty());
    }

    public static WriteResult success(int attempts, String correlationId) {
        return new WriteResult(Outcome.SUCCESS, attempts, correlationId, "", Optional.empty());
    }

    /** A success whose answer says what the user holds now. */
    public static WriteResult success(int attempts, String correlationId, Optional<Confirmation> confirmation) {
        return new WriteResult(Outcome.SUCCESS, attempts, correlationId, "", Optional.empty(), confirmation);
    }
}
