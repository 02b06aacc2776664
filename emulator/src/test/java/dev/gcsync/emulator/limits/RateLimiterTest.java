package dev.gcsync.emulator.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.BulkCost;
import dev.gcsync.emulator.RatePolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {
    private static final long T0 = 1_800_000_000_000L;

    private static RatePolicy policy(int limit, int windowSeconds) {
        return RatePolicy.genesys().withLimit(limit, Duration.ofSeconds(windowSeconds));
    }

    @Test
    void refusesTheRequestAfterTheLimitUntilTheWindowResets() {
        RateLimiter limiter = new RateLimiter(policy(3, 60));
        for (int i = 1; i <= 3; i++) {
            Decision d = limiter.decide("t", "GET", "/api/v2/users", 1, T0 + i - 1);
            assertThat(d.allowed()).isTrue();
            assertThat(d.count()).isEqualTo(i);
            assertThat(d.limit()).isEqualTo(3);
        }
        Decision refused = limiter.decide("t", "GET", "/api/v2/users", 1, T0 + 20_000);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusedBy()).isEqualTo("token");
        assertThat(refused.retryAfterSeconds()).isEqualTo(40);
        assertThat(limiter.decide("t", "GET", "/api/v2/users", 1, T0 + 60_000).allowed())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} ms into a 60 s window: reset {1} s, Retry-After {2} s")
    @CsvSource({"0, 60, 60", "1, 60, 60", "59000, 1, 1", "59999, 1, 1", "30500, 30, 30"})
    void roundsResetAndRetryAfterUpToWholeSecondsAndNeverBelowOne(long elapsed, long reset, long retryAfter) {
        RateLimiter limiter = new RateLimiter(policy(1, 60));
        limiter.decide("t", "GET", "/x", 1, T0);
        Decision d = limiter.decide("t", "GET", "/x", 1, T0 + elapsed);
        assertThat(d.allowed()).isFalse();
        assertThat(d.resetSeconds()).isEqualTo(reset);
        assertThat(d.retryAfterSeconds()).isEqualTo(retryAfter);
    }

    @Test
    void countsEachTokenInItsOwnWindow() {
        RateLimiter limiter = new RateLimiter(policy(1, 60));
        assertThat(limiter.decide("a", "GET", "/x", 1, T0).allowed()).isTrue();
        assertThat(limiter.decide("b", "GET", "/x", 1, T0).allowed()).isTrue();
        assertThat(limiter.decide("a", "GET", "/x", 1, T0).allowed()).isFalse();
    }

    @Test
    void aRefusedRequestIsNotCounted() {
        RateLimiter limiter = new RateLimiter(policy(1, 10));
        limiter.decide("t", "GET", "/x", 1, T0);
        limiter.decide("t", "GET", "/x", 1, T0 + 1);
        assertThat(limiter.decide("t", "GET", "/x", 1, T0 + 2).count()).isEqualTo(1);
    }

    @Test
    void aBucketLimitsOnlyItsFamilyAndReportsItsOwnRetryAfter() {
        RateLimiter limiter = new RateLimiter(policy(300, 60).withBuckets(List.of(BucketRule.userWrites(2))));
        assertThat(limiter.decide("t", "PATCH", "/api/v2/users/1", 1, T0).allowed())
                .isTrue();
        assertThat(limiter.decide("t", "PATCH", "/api/v2/users/2", 1, T0).allowed())
                .isTrue();
        Decision refused = limiter.decide("t", "PUT", "/api/v2/users/3/routingskills/bulk", 1, T0 + 10_000);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusedBy()).isEqualTo("user-writes");
        assertThat(refused.retryAfterSeconds()).isEqualTo(50);
        assertThat(limiter.decide("t", "GET", "/api/v2/users/3", 1, T0 + 10_000).allowed())
                .isTrue();
        assertThat(limiter.decide("t", "POST", "/api/v2/routing/queues/q/members", 1, T0)
                        .allowed())
                .isTrue();
    }

    @Test
    void theOrgCapSpansTokens() {
        RateLimiter limiter = new RateLimiter(policy(300, 60).withOrgLimit(2));
        assertThat(limiter.decide("a", "GET", "/x", 1, T0).allowed()).isTrue();
        assertThat(limiter.decide("b", "GET", "/x", 1, T0).allowed()).isTrue();
        Decision refused = limiter.decide("c", "GET", "/x", 1, T0);
        assertThat(refused.refusedBy()).isEqualTo("org");
    }

    @Test
    void theDailyLimitAsksToRetryAtUtcMidnight() {
        long midnight = 1_800_057_600_000L;
        long sixHoursBefore = midnight - Duration.ofHours(6).toMillis();
        RateLimiter limiter = new RateLimiter(policy(300, 60).withDailyLimit(1));
        assertThat(limiter.decide("a", "GET", "/x", 1, sixHoursBefore).allowed())
                .isTrue();
        Decision refused = limiter.decide("a", "GET", "/x", 1, sixHoursBefore);
        assertThat(refused.refusedBy()).isEqualTo("daily");
        assertThat(refused.retryAfterSeconds()).isEqualTo(6 * 3600);
        assertThat(limiter.decide("a", "GET", "/x", 1, midnight).allowed()).isTrue();
    }

    @Test
    void aBulkCallCostsItsItemsUnderPerItemCost() {
        RateLimiter limiter = new RateLimiter(policy(10, 60).withBulkCost(BulkCost.PER_ITEM));
        assertThat(limiter.decide("t", "PATCH", "/x", 8, T0).count()).isEqualTo(8);
        assertThat(limiter.decide("t", "PATCH", "/x", 3, T0).allowed()).isFalse();
        assertThat(limiter.decide("t", "PATCH", "/x", 2, T0).count()).isEqualTo(10);
    }

    @Test
    void aDisabledPolicyCountsButNeverRefuses() {
        RateLimiter limiter = new RateLimiter(RatePolicy.unlimited().withLimit(1, Duration.ofSeconds(1)));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.decide("t", "GET", "/x", 1, T0).allowed()).isTrue();
        }
        assertThat(limiter.decide("t", "GET", "/x", 1, T0).count()).isEqualTo(6);
    }
}
