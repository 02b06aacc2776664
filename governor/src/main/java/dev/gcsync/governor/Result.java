package dev.gcsync.governor;

import java.time.Instant;
import java.util.Optional;

/**
 * The end of a governed call.
 *
 * @param outcome  what to do next
 * @param reply    the last answer received, if any (for status, error body, correlation id)
 * @param error    the last transport fault, if the last attempt had no answer
 * @param attempts attempts sent (0 when stopped before sending)
 * @param retryAt  for {@link Outcome#STOPPED_RATE_LIMITED}: when the server allows requests again; for
 *                 {@link Outcome#STOPPED_DEADLINE}, when a wait cut short by the deadline would have ended
 */
public record Result<T>(
        Outcome outcome, Optional<Reply<T>> reply, Optional<Throwable> error, int attempts, Optional<Instant> retryAt) {

    static <T> Result<T> stopped(Outcome outcome, int attempts, Optional<Instant> retryAt) {
        return new Result<>(outcome, Optional.empty(), Optional.empty(), attempts, retryAt);
    }

    /** The status of the last answer, or 0 when there was none. */
    public int status() {
        return reply.map(Reply::status).orElse(0);
    }
}
