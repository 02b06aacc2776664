package dev.gcsync.emulator;

import java.time.Duration;

/**
 * The faults the emulator injects. Immutable; replace at runtime through the admin API. Rates are
 * probabilities in [0, 1] drawn from the emulator's seeded random, so a run with one seed and one request
 * sequence is reproducible.
 *
 * @param errorRate         fraction of API requests answered 502/503/504
 * @param latency           added response time
 * @param dropRate          fraction of API requests whose connection is closed without a response
 * @param conflictRate      fraction of {@code PATCH /api/v2/users/{id}} that meet a concurrent edit (409)
 * @param missingExpandRate fraction of users returned without the requested {@code expand} fields
 * @param memberReadLag     how long a queue-membership write takes to show in reads
 * @param tokenLifetime     lifetime of newly issued tokens (Genesys: 5 min to 48 h, default 24 h)
 * @param appliedErrorRate  fraction of API writes that are applied and then answered 504: the ambiguous
 *                          outcome a client must not blindly replay
 * @param errorRetryAfter   the {@code Retry-After} (whole seconds) of the injected 502/503/504 answers; zero
 *                          for none (Genesys' 503s may carry one: its SDKs retry a 503 after it)
 */
public record Faults(
        double errorRate,
        Latency latency,
        double dropRate,
        double conflictRate,
        double missingExpandRate,
        Duration memberReadLag,
        Duration tokenLifetime,
        double appliedErrorRate,
        Duration errorRetryAfter) {

    /** 24 h: the default lifetime of a Genesys OAuth client's tokens. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(24);

    public Faults {
        checkRate("errorRate", errorRate);
        checkRate("dropRate", dropRate);
        checkRate("conflictRate", conflictRate);
        checkRate("missingExpandRate", missingExpandRate);
        checkRate("appliedErrorRate", appliedErrorRate);
        latency = latency == null ? Latency.none() : latency;
        memberReadLag = memberReadLag == null ? Duration.ZERO : memberReadLag;
        if (memberReadLag.isNegative()) {
            throw new IllegalArgumentException("memberReadLag must be >= 0, was " + memberReadLag);
        }
        tokenLifetime = tokenLifetime == null ? DEFAULT_TOKEN_LIFETIME : tokenLifetime;
        if (tokenLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("tokenLifetime must be >= 1s, was " + tokenLifetime);
        }
        errorRetryAfter = errorRetryAfter == null ? Duration.ZERO : errorRetryAfter;
        if (errorRetryAfter.isNegative() || errorRetryAfter.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException(
                    "errorRetryAfter must be whole seconds >= 0 (0 = none), was " + errorRetryAfter);
        }
    }

    /** Injected 5xx answers carry {@code Retry-After: <seconds of value>}; zero for none. */
    public Faults withErrorRetryAfter(Duration value) {
        return new Faults(
                errorRate,
                latency,
                dropRate,
                conflictRate,
                missingExpandRate,
                memberReadLag,
                tokenLifetime,
                appliedErrorRate,
                value);
    }

    /** No faults, 24 h tokens. */
    public static Faults none() {
        return new Faults(0, Latency.none(), 0, 0, 0, Duration.ZERO, DEFAULT_TOKEN_LIFETIME, 0, Duration.ZERO);
    }

    public Faults withErrorRate(double rate) {
        return new Faults(
                rate,
                latency,
                dropRate,
                conflictRate,
                missingExpandRate,
                memberReadLag,
                tokenLifetime,
                appliedErrorRate,
                errorRetryAfter);
    }

    public Faults withLatency(Latency value) {
        return new Faults(
                errorRate,
                value,
                dropRate,
                conflictRate,
                missingExpandRate,
                memberReadLag,
                tokenLifetime,
                appliedErrorRate,
                errorRetryAfter);
    }

    public Faults withDropRate(double rate) {
        return new Faults(
                errorRate,
                latency,
                rate,
                conflictRate,
                missingExpandRate,
                memberReadLag,
                tokenLifetime,
                appliedErrorRate,
                errorRetryAfter);
    }

    public Faults withConflictRate(double rate) {
        return new Faults(
                errorRate,
                latency,
                dropRate,
                rate,
                missingExpandRate,
                memberReadLag,
                tokenLifetime,
                appliedErrorRate,
                errorRetryAfter);
    }

    public Faults withMissingExpandRate(double rate) {
        return new Faults(
                errorRate,
                latency,
                dropRate,
                conflictRate,
                rate,
                memberReadLag,
                tokenLifetime,
                appliedErrorRate,
                errorRetryAfter);
    }

    public Faults withMemberReadLag(Duration lag) {
        return new Faults(
                errorRate,
                latency,
                dropRate,
                conflictRate,
                missingExpandRate,
                lag,
                tokenLifetime,
                appliedErrorRate,
                errorRetryAfter);
    }

    public Faults withTokenLifetime(Duration lifetime) {
        return new Faults(
                errorRate,
                latency,
                dropRate,
                conflictRate,
                missingExpandRate,
                memberReadLag,
                lifetime,
                appliedErrorRate,
                errorRetryAfter);
    }

    public Faults withAppliedErrorRate(double rate) {
        return new Faults(
                errorRate,
                latency,
                dropRate,
                conflictRate,
                missingExpandRate,
                memberReadLag,
                tokenLifetime,
                rate,
                errorRetryAfter);
    }

    static void checkRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
        }
    }
}
