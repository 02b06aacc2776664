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
 */
public record WriteResult(Outcome outcome, int attempts, String correlationId, String message,
        Optional<Instant> retryAt) {

    public static WriteResult success(int attempts, String correlationId) {
        return new WriteResult(Outcome.SUCCESS, attempts, correlationId, "", Optional.empty());
    }
}
