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
 *                  the upper bound the whole-second {@code Retry-After} gives (longer when a measured pace
 *                  was refused and capped)
 * @param learnedAt wall-clock time of the measurement
 */
public record LearnedLimit(String family, int limit, Duration window, Instant learnedAt) {
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

    /**
     * What separates two windows of a measured bucket in the governor's schedule: latency jitter between our
     * send and the server's count. 1% of the window, at least 20 ms (50 ms on a 5 s window, 600 ms on 60 s).
     */
    public static Duration guard(Duration window) {
        Duration onePercent = window.dividedBy(100);
        return onePercent.compareTo(Duration.ofMillis(20)) > 0 ? onePercent : Duration.ofMillis(20);
    }

    /** Requests per second the governor sends of this family at most: {@code limit} per window plus guard. */
    public double pacedRatePerSecond() {
        return pacedRatePerSecond(limit, window);
    }

    /** {@code limit} per {@code window} plus its {@link #guard}, per second. */
    public static double pacedRatePerSecond(int limit, Duration window) {
        return limit * 1e9 / window.plus(guard(window)).toNanos();
    }
}
