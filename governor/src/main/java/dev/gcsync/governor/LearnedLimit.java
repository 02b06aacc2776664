package dev.gcsync.governor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A hidden bucket the governor measured: an endpoint family whose requests are refused at {@code limit}
 * per {@code window} although the rate headers never describe that bucket. Kept between runs (gcsync
 * stores it beside the journal) so that the next run paces the family from its first request.
 *
 * @param family    the endpoint family, e.g. {@code users:write}
 * @param limit     requests the bucket accepted per window (measured exactly: counted between a window's
 *                  first request and its refusal)
 * @param window    the window length paced with: the token's window when the measurement allows it, else
 *                  the upper bound the whole-second {@code Retry-After} gives
 * @param learnedAt wall-clock time of the measurement
 */
public record LearnedLimit(String family, int limit, Duration window, Instant learnedAt) {
    /** The share of a learned rate the governor paces at: exactly at it, latency jitter could push one
     *  request into a full window. */
    public static final double PACE_SHARE = 0.97;

    public LearnedLimit {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(learnedAt, "learnedAt");
        if (limit < 1) {
            throw new IllegalArgumentException("learned limit of " + family + " must be >= 1, was " + limit);
        }
        if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("learned window of " + family + " must be >= 1 s, was " + window);
        }
    }

    /** Requests per second the bucket allows ({@code limit ÷ window}). */
    public double ratePerSecond() {
        return limit * 1e9 / window.toNanos();
    }

    /** Requests per second the governor sends of this family: {@value #PACE_SHARE} of {@link #ratePerSecond()}. */
    public double pacedRatePerSecond() {
        return PACE_SHARE * ratePerSecond();
    }
}
