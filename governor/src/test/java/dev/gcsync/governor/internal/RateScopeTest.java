package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.RateSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateScopeTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final Instant WALL = Instant.parse("2026-11-27T20:00:00Z");

    private final GovernorConfig config = GovernorConfig.defaults();
    private final RateScope scope = new RateScope("token", config);

    private Permit go(long now) {
        Decision d = scope.tryAcquire(now);
        assertThat(d.kind()).as("decision at %d ms", now / MS).isEqualTo(Decision.Kind.GO);
        return d.permit();
    }

    @Test
    void startsAtTheConservativeRateBeforeAnythingIsKnown() {
        go(0);
        Decision second = scope.tryAcquire(0);
        assertThat(second.kind()).isEqualTo(Decision.Kind.WAIT);
        assertThat(second.waitNanos()).isEqualTo((long) (S / config.startRate()));
    }

    @Test
    void startsAtTheRateFromTheLimitsApiWhenKnown() {
        scope.knowRate(5.0);
        go(0);
        assertThat(scope.tryAcquire(0).waitNanos()).isEqualTo(200 * MS);
    }

    @Test
    void spreadsTheRemainingQuotaUntilTheReset() {
        Permit p = go(0);
        scope.onAnswer(p, 0, 40 * MS, Optional.of(new RateSignal(300, 200, Duration.ofSeconds(10))), false);
        // 200 left over 10 s: one permit every 50 ms, no longer one a second.
        assertThat(scope.tryAcquire(40 * MS).waitNanos()).isEqualTo(10 * MS);
        go(50 * MS);
        assertThat(scope.tryAcquire(50 * MS).waitNanos()).isCloseTo(50 * MS, within(MS));
    }

    @Test
    void subtractsRequestsGrantedAfterTheAnsweredOne() {
        Permit first = go(0);
        scope.knowRate(1000);
        for (int i = 1; i <= 9; i++) {
            go(i * MS);
        }
        // the answer to the first one says 100 left, but 9 more are on their way: 91 left.
        scope.onAnswer(first, 0, 10 * MS, Optional.of(new RateSignal(300, 100, Duration.ofSeconds(10))), false);
        assertThat(scope.snapshot().remaining()).isEqualTo(91.0);
    }

    @Test
    void waitsForTheResetOnceTheWindowIsSpent() {
        Permit p = go(0);
        scope.onAnswer(p, 0, 10 * MS, Optional.of(new RateSignal(300, 0, Duration.ofSeconds(3))), false);
        Decision d = scope.tryAcquire(10 * MS);
        assertThat(d.kind()).isEqualTo(Decision.Kind.WAIT);
        assertThat(d.waitNanos()).isEqualTo(3 * S);
    }

    @Test
    void sendsOneProbeAfterTheResetUntilAnAnswerDescribesTheNewWindow() {
        Permit p = go(0);
        scope.onAnswer(p, 0, 10 * MS, Optional.of(new RateSignal(300, 0, Duration.ofSeconds(3))), false);
        Permit probe = go(3 * S + 10 * MS);
        assertThat(probe.probe()).isTrue();
        assertThat(scope.tryAcquire(3 * S + 11 * MS).kind()).isEqualTo(Decision.Kind.WAIT);
        scope.onAnswer(probe, 0, 3 * S + 50 * MS, Optional.of(new RateSignal(300, 299, Duration.ofSeconds(10))), false);
        assertThat(scope.tryAcquire(3 * S + 50 * MS).kind()).isEqualTo(Decision.Kind.GO);
    }

    @Test
    void pausesEveryCallerUntilRetryAfter() {
        Permit p = go(0);
        boolean stopped = scope.pause(p, 100 * MS, WALL, Duration.ofSeconds(5));
        assertThat(stopped).isFalse();
        Decision callerA = scope.tryAcquire(1 * S);
        Decision callerB = scope.tryAcquire(2 * S);
        assertThat(callerA.kind()).isEqualTo(Decision.Kind.WAIT);
        assertThat(callerA.waitNanos()).isEqualTo(4 * S + 100 * MS);
        assertThat(callerB.waitNanos()).isEqualTo(3 * S + 100 * MS);
        assertThat(scope.snapshot().pausedNanosTotal()).isEqualTo(5 * S);
    }

    @Test
    void stopsWithTheRetryTimeWhenRetryAfterExceedsTheCeiling() {
        Permit p = go(0);
        assertThat(scope.pause(p, 0, WALL, Duration.ofHours(2))).isTrue();
        Decision d = scope.tryAcquire(S);
        assertThat(d.kind()).isEqualTo(Decision.Kind.STOP);
        assertThat(d.retryAt()).contains(WALL.plus(Duration.ofHours(2)));
        assertThat(scope.snapshot().stopped()).isTrue();
    }

    @Test
    void resumesAtAReducedRateAndGrowsBackToTheLimitButNotAbove() {
        scope.knowRate(10);
        Permit p = go(0);
        scope.pause(p, 0, WALL, Duration.ofSeconds(1));
        assertThat(scope.snapshot().rateFactor()).isEqualTo(0.5);
        go(S);
        assertThat(scope.tryAcquire(S).waitNanos()).as("10/s halved").isEqualTo(200 * MS);
        Permit later = go(S + 200 * MS);
        scope.onAnswer(later, 0, 4 * S, Optional.empty(), false);
        assertThat(scope.snapshot().rateFactor()).isCloseTo(0.9, within(1e-9));
        scope.onAnswer(later, 0, 60 * S, Optional.empty(), false);
        assertThat(scope.snapshot().rateFactor()).isEqualTo(1.0);
    }

    @Test
    void cutsTheRateOnceForAllTheRefusalsOfOneEpisode() {
        scope.knowRate(1000);
        Permit a = go(0);
        Permit b = go(1 * MS);
        scope.pause(a, 10 * MS, WALL, Duration.ofSeconds(1));
        scope.pause(b, 11 * MS, WALL, Duration.ofSeconds(1));
        assertThat(scope.snapshot().rateFactor()).isEqualTo(0.5);
    }

    @Test
    void ignoresAnAnswerFromAnOlderWindow() {
        scope.knowRate(1000);
        Permit old = go(0);
        Permit fresh = go(1 * MS);
        scope.onAnswer(fresh, 0, 20 * MS, Optional.of(new RateSignal(100, 99, Duration.ofSeconds(10))), false);
        scope.onAnswer(old, 0, 30 * MS, Optional.of(new RateSignal(100, 0, Duration.ofSeconds(0))), false);
        assertThat(scope.snapshot().remaining()).isEqualTo(99.0);
    }
}
