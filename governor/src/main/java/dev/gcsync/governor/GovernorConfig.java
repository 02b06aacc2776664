package dev.gcsync.governor;

import java.time.Duration;
import java.util.Optional;

/**
 * The governor's settings; an immutable, validated value. Defaults are in {@link #defaults()}.
 *
 * @param startRate          permits per second before the server has said anything (1/s: well under
 *                           Genesys' 300/min token limit, so a first burst cannot be refused)
 * @param knownRate          the rate read from a limits API or configured, per second, if any; replaces
 *                           {@code startRate} and caps the rate until headers say otherwise
 * @param maxConcurrency     requests in flight at most
 * @param minConcurrency     the floor the adaptive concurrency limit shrinks to under 5xx/latency
 * @param retryAfterCeiling  a longer Retry-After stops the run ({@link Outcome#STOPPED_RATE_LIMITED});
 *                           5 min by default
 * @param maxAttempts        attempts per call for 5xx/timeouts/resets (first attempt included)
 * @param maxThrottledAttempts attempts per call while answered 429 (each one paced and paused)
 * @param retryBudget        token bucket of retries: capacity
 * @param retryCost          tokens a 5xx/timeout retry takes (a success gives one back)
 * @param backoffBase        full-jitter backoff base
 * @param backoffMax         full-jitter backoff cap
 * @param decreaseFactor     AIMD: the rate is multiplied by this on a 429 (0 &lt; f &lt; 1)
 * @param increasePerSecond  AIMD: the rate factor grows back by this much per second of success
 * @param deadline           the run ends cleanly this long after the governor is built, if set
 * @param budgetShare        the part of every org-scoped bucket this client may use, in (0, 1]; the rest is left
 *                           to the Admin UI and the org's other integrations (0.5, as Okta leaves each API client
 *                           by default; see docs/governor.md). Per-token and per-client buckets are used in full.
 */
public record GovernorConfig(
        double startRate,
        Optional<Double> knownRate,
        int maxConcurrency,
        int minConcurrency,
        Duration retryAfterCeiling,
        int maxAttempts,
        int maxThrottledAttempts,
        int retryBudget,
        int retryCost,
        Duration backoffBase,
        Duration backoffMax,
        double decreaseFactor,
        double increasePerSecond,
        Optional<Duration> deadline,
        double budgetShare) {
    /** A nightly batch job is the least urgent caller of an org: it leaves 60% to the UI and the others (docs/governor.md). */
    public static final double DEFAULT_BUDGET_SHARE = 0.4;

    public GovernorConfig {
        require(startRate > 0, "startRate must be > 0");
        knownRate.ifPresent(r -> require(r > 0, "knownRate must be > 0"));
        require(maxConcurrency >= 1, "maxConcurrency must be >= 1");
        require(
                minConcurrency >= 1 && minConcurrency <= maxConcurrency,
                "minConcurrency must be between 1 and maxConcurrency");
        require(!retryAfterCeiling.isNegative(), "retryAfterCeiling must be >= 0");
        require(maxAttempts >= 1, "maxAttempts must be >= 1");
        require(maxThrottledAttempts >= 1, "maxThrottledAttempts must be >= 1");
        require(retryBudget >= 0 && retryCost >= 0, "retryBudget and retryCost must be >= 0");
        require(
                !backoffBase.isNegative() && backoffMax.compareTo(backoffBase) >= 0,
                "backoff must satisfy 0 <= base <= max");
        require(decreaseFactor > 0 && decreaseFactor < 1, "decreaseFactor must be in (0, 1)");
        require(increasePerSecond > 0, "increasePerSecond must be > 0");
        deadline.ifPresent(d -> require(!d.isNegative(), "deadline must be >= 0"));
        require(budgetShare > 0 && budgetShare <= 1, "budgetShare must be in (0, 1]");
    }

    private static void require(boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("governor config: " + rule);
        }
    }

    /** 1/s start, 8 in flight, 5 min ceiling, 4 attempts, 10 throttled attempts, budget 100 (cost 5),
     *  backoff 200 ms..20 s, AIMD ×0.5 / +0.1 per second, no deadline, budget share 0.5. */
    public static GovernorConfig defaults() {
        return new GovernorConfig(
                1.0,
                Optional.empty(),
                8,
                1,
                Duration.ofMinutes(5),
                4,
                10,
                100,
                5,
                Duration.ofMillis(200),
                Duration.ofSeconds(20),
                0.5,
                0.1,
                Optional.empty(),
                DEFAULT_BUDGET_SHARE);
    }

    public GovernorConfig withKnownRate(double perSecond) {
        return toBuilder().knownRate(perSecond).build();
    }

    public GovernorConfig withConcurrency(int max) {
        return toBuilder()
                .maxConcurrency(max)
                .minConcurrency(Math.min(minConcurrency, max))
                .build();
    }

    public GovernorConfig withDeadline(Duration runDeadline) {
        return toBuilder().deadline(runDeadline).build();
    }

    public GovernorConfig withRetries(int attempts, int budget) {
        return toBuilder().maxAttempts(attempts).retryBudget(budget).build();
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Starts from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** Mutable; {@link #build()} validates and copies. */
    public static final class Builder {
        private double startRate;
        private Optional<Double> knownRate;
        private int maxConcurrency;
        private int minConcurrency;
        private Duration retryAfterCeiling;
        private int maxAttempts;
        private int maxThrottledAttempts;
        private int retryBudget;
        private int retryCost;
        private Duration backoffBase;
        private Duration backoffMax;
        private double decreaseFactor;
        private double increasePerSecond;
        private Optional<Duration> deadline;
        private double budgetShare;

        private Builder(GovernorConfig c) {
            startRate = c.startRate;
            knownRate = c.knownRate;
            maxConcurrency = c.maxConcurrency;
            minConcurrency = c.minConcurrency;
            retryAfterCeiling = c.retryAfterCeiling;
            maxAttempts = c.maxAttempts;
            maxThrottledAttempts = c.maxThrottledAttempts;
            retryBudget = c.retryBudget;
            retryCost = c.retryCost;
            backoffBase = c.backoffBase;
            backoffMax = c.backoffMax;
            decreaseFactor = c.decreaseFactor;
            increasePerSecond = c.increasePerSecond;
            deadline = c.deadline;
            budgetShare = c.budgetShare;
        }

        public Builder startRate(double v) {
            startRate = v;
            return this;
        }

        public Builder knownRate(double v) {
            knownRate = Optional.of(v);
            return this;
        }

        public Builder maxConcurrency(int v) {
            maxConcurrency = v;
            return this;
        }

        public Builder minConcurrency(int v) {
            minConcurrency = v;
            return this;
        }

        public Builder retryAfterCeiling(Duration v) {
            retryAfterCeiling = v;
            return this;
        }

        public Builder maxAttempts(int v) {
            maxAttempts = v;
            return this;
        }

        public Builder maxThrottledAttempts(int v) {
            maxThrottledAttempts = v;
            return this;
        }

        public Builder retryBudget(int v) {
            retryBudget = v;
            return this;
        }

        public Builder retryCost(int v) {
            retryCost = v;
            return this;
        }

        public Builder backoff(Duration base, Duration max) {
            backoffBase = base;
            backoffMax = max;
            return this;
        }

        public Builder decreaseFactor(double v) {
            decreaseFactor = v;
            return this;
        }

        public Builder increasePerSecond(double v) {
            increasePerSecond = v;
            return this;
        }

        public Builder deadline(Duration v) {
            deadline = Optional.of(v);
            return this;
        }

        public Builder noDeadline() {
            deadline = Optional.empty();
            return this;
        }

        public Builder budgetShare(double v) {
            budgetShare = v;
            return this;
        }

        public GovernorConfig build() {
            return new GovernorConfig(
                    startRate,
                    knownRate,
                    maxConcurrency,
                    minConcurrency,
                    retryAfterCeiling,
                    maxAttempts,
                    maxThrottledAttempts,
                    retryBudget,
                    retryCost,
                    backoffBase,
                    backoffMax,
                    decreaseFactor,
                    increasePerSecond,
                    deadline,
                    budgetShare);
        }
    }
}
