package dev.gcsync.governor;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A bucket the governor learned from refusals (no header describes it). Kept between runs (gcsync stores it
 * beside the journal) so that the next run paces the family from its first request.
 *
 * @param family    the endpoint family, e.g. {@code users:write}
 * @param limit     requests per window: for a token's own bucket paced in bursts, counted exactly between a
 *                  window's first request and its refusal; for a shared bucket ({@code kind} client or org), an
 *                  estimate of what this caller could count on: a sample of what the other callers left
 * @param window    the window length paced with
 * @param learnedAt wall-clock time of the measurement
 * @param kind      where the server counts the bucket
 * @param spread    paced evenly over the window (a shared bucket, or windows aligned to the clock) rather than
 *                  in a burst at each window's start
 */
public record LearnedLimit(
        String family, int limit, Duration window, Instant learnedAt, ScopeKind kind, boolean spread) {
    public LearnedLimit {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(learnedAt, "learnedAt");
        Objects.requireNonNull(kind, "kind");
        if (limit < 1) {
            throw new IllegalArgumentException("learned limit of " + family + " must be >= 1, was " + limit);
        }
        if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("learned window of " + family + " must be >= 1 s, was " + window);
        }
        spread = spread || kind.shared();
    }

    /** A token's own bucket, measured exactly and paced in bursts. */
    public LearnedLimit(String family, int limit, Duration window, Instant learnedAt) {
        this(family, limit, window, learnedAt, ScopeKind.TOKEN, false);
    }

    /** Requests per second the bucket allows ({@code limit ÷ window}). */
    public double ratePerSecond() {
        return limit * 1e9 / window.toNanos();
    }

    /** How old this is at {@code now} (never negative). */
    public Duration age(Instant now) {
        Duration age = Duration.between(learnedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** A shared bucket's estimate doubles every this long: one busy night does not cap the following ones. */
    public static final Duration DOUBLING = Duration.ofHours(12);

    /**
     * The limit a run started at {@code now} counts on: a token's own bucket as measured; a shared bucket's
     * estimate (a sample of what the others left) doubled for every {@link #DOUBLING} of age, up to 1024 × (a
     * refusal cuts it back: the estimate is a start, not a ceiling).
     */
    public double agedLimit(Instant now) {
        if (!kind.shared()) {
            return limit;
        }
        double halfDays = age(now).toNanos() / (double) DOUBLING.toNanos();
        return limit * Math.pow(2, Math.min(halfDays, 10));
    }

    /**
     * Requests per second a run started at {@code now} sends of this family at first: of an org's bucket the
     * budget {@code share} of the aged estimate, of a client's all of it, of a token's own bucket
     * {@link #pacedRatePerSecond()}.
     */
    public double startingRate(Instant now, double share) {
        if (!kind.shared()) {
            return pacedRatePerSecond();
        }
        return (kind == ScopeKind.ORG ? share : 1.0) * agedLimit(now) * 1e9 / window.toNanos();
    }

    /** {@code token}, {@code token/spread}, {@code client} or {@code org}: the form stored and printed. */
    public String scope() {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return kind == ScopeKind.TOKEN && spread ? k + "/spread" : k;
    }

    /** Reads {@link #scope()}; anything else is a token's bucket paced in bursts (rows of older versions). */
    public static LearnedLimit withScope(String family, int limit, Duration window, Instant learnedAt, String scope) {
        String s = scope == null ? "token" : scope.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "org" -> new LearnedLimit(family, limit, window, learnedAt, ScopeKind.ORG, true);
            case "client" -> new LearnedLimit(family, limit, window, learnedAt, ScopeKind.CLIENT, true);
            case "token/spread" -> new LearnedLimit(family, limit, window, learnedAt, ScopeKind.TOKEN, true);
            default -> new LearnedLimit(family, limit, window, learnedAt);
        };
    }

    /**
     * What separates two windows of a measured bucket in the governor's schedule: latency jitter between our
     * send and the server's count. 1% of the window, at least 20 ms (50 ms on a 5 s window, 600 ms on 60 s).
     */
    public static Duration guard(Duration window) {
        Duration onePercent = window.dividedBy(100);
        return onePercent.compareTo(Duration.ofMillis(20)) > 0 ? onePercent : Duration.ofMillis(20);
    }

    /**
     * Requests per second the governor sends of this family at most: in bursts, {@code limit} per window plus
     * guard; spread, {@code limit ÷ window} (of which an org's bucket takes the budget share).
     */
    public double pacedRatePerSecond() {
        return spread ? ratePerSecond() : pacedRatePerSecond(limit, window);
    }

    /** {@code limit} per {@code window} plus its {@link #guard}, per second. */
    public static double pacedRatePerSecond(int limit, Duration window) {
        return limit * 1e9 / window.plus(guard(window)).toNanos();
    }
}
