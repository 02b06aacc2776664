package dev.gcsync.governor;

import static dev.gcsync.governor.ScriptedCall.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GovernorTest {
    private static final Duration LATENCY = Duration.ofMillis(40);

    private final VirtualTime time = new VirtualTime();
    private final List<GovernorEvent> events = new ArrayList<>();
    private GovernorConfig config = GovernorConfig.defaults().withKnownRate(100);

    private Governor governor() {
        return new Governor(config, time, () -> 0.5, new IetfRateLimitParser(), events::add);
    }

    private ScriptedCall idempotent() {
        return new ScriptedCall("users", true, time, LATENCY);
    }

    private ScriptedCall nonIdempotent() {
        return new ScriptedCall("users", false, time, LATENCY);
    }

    @Test
    void pausesUntilRetryAfterThenRetriesAThrottledCall() {
        Governor governor = governor();
        ScriptedCall call = nonIdempotent().then(reply(429, "Retry-After", "7"));
        Result<String> result = governor.execute(call);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(call.sent).isEqualTo(2);
        assertThat(time.nanoTime())
                .isGreaterThanOrEqualTo(
                        Duration.ofSeconds(7).plus(LATENCY.multipliedBy(2)).toNanos());
        GovernorMetrics m = governor.metrics();
        assertThat(m.throttled()).isEqualTo(1);
        assertThat(m.pausedNanos()).isEqualTo(Duration.ofSeconds(7).toNanos());
        assertThat(m.retries().get(RetryCause.THROTTLED)).isEqualTo(1);
    }

    @Test
    void readsRetryAfterGivenAsAnHttpDate() {
        String in9s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                time.wallClock().plusSeconds(9).plus(LATENCY).atZone(ZoneOffset.UTC));
        Result<String> result = governor().execute(idempotent().then(reply(429, "Retry-After", in9s)));
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(time.nanoTime()).isGreaterThanOrEqualTo(Duration.ofSeconds(9).toNanos());
    }

    @Test
    void aCallRefusedAgainWaitsItsOwnBackoffEvenWhenTheServerSaysZero() {
        Governor governor = governor();
        ScriptedCall call = idempotent().then(reply(429, "Retry-After", "0")).then(reply(429, "Retry-After", "0"));
        Result<String> result = governor.execute(call);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        // first refusal: the server's 0; second: full jitter over 2 × the 200 ms base with the draw 0.5
        assertThat(governor.metrics().pausedNanos())
                .isEqualTo(Duration.ofMillis(200).toNanos());
    }

    @Test
    void fallsBackToBackoffWhenRetryAfterIsGarbage() {
        Governor governor = governor();
        Result<String> result = governor.execute(idempotent().then(reply(429, "Retry-After", "later")));
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        // first throttled retry: full jitter over the 200 ms base with the draw 0.5
        assertThat(governor.metrics().pausedNanos())
                .isEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void stopsWithTheRetryTimeWhenRetryAfterExceedsTheCeilingAndSendsNothingMore() {
        Governor governor = governor();
        Result<String> result = governor.execute(idempotent().then(reply(429, "Retry-After", "3600")));
        assertThat(result.outcome()).isEqualTo(Outcome.STOPPED_RATE_LIMITED);
        assertThat(result.retryAt()).isPresent();
        assertThat(result.retryAt().get()).isAfter(time.wallClock().plusSeconds(3599));
        ScriptedCall next = idempotent();
        assertThat(governor.execute(next).outcome()).isEqualTo(Outcome.STOPPED_RATE_LIMITED);
        assertThat(next.sent).isZero();
    }

    @Test
    void retriesAnIdempotentCallAfterA503() {
        Governor governor = governor();
        ScriptedCall call = idempotent().then(reply(503)).then(reply(502)).then(reply(504));
        assertThat(governor.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(call.sent).isEqualTo(4);
        assertThat(governor.metrics().retries().get(RetryCause.SERVER_ERROR)).isEqualTo(3);
    }

    @Test
    void aRetryAfterOnA503IsAFloorNotCappedByTheBackoffMaximum() {
        Governor governor = governor(); // backoff at most 20 s
        ScriptedCall call = idempotent().then(reply(503, "Retry-After", "45"));
        assertThat(governor.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(time.nanoTime())
                .isGreaterThanOrEqualTo(Duration.ofSeconds(45).toNanos());
    }

    @Test
    void aRetryAfterOnA503BeyondTheCeilingStopsTheCallInsteadOfParkingIt() {
        Governor governor = governor(); // ceiling 5 min
        ScriptedCall call = idempotent().then(reply(503, "Retry-After", "3600"));
        Result<String> result = governor.execute(call);
        assertThat(result.outcome()).isEqualTo(Outcome.STOPPED_RATE_LIMITED);
        assertThat(result.retryAt()).hasValueSatisfying(at -> assertThat(at)
                .isAfterOrEqualTo(time.wallClock().plusSeconds(3599)));
        assertThat(call.sent).isEqualTo(1);
        assertThat(time.nanoTime())
                .as("not parked for the hour")
                .isLessThan(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void handsBackAmbiguousWhenANonIdempotentCallMeetsA503OrATimeout() {
        ScriptedCall on503 = nonIdempotent().then(reply(503));
        ScriptedCall onTimeout = nonIdempotent().then(new HttpTimeoutException("timed out"));
        Governor governor = governor();
        assertThat(governor.execute(on503).outcome()).isEqualTo(Outcome.AMBIGUOUS);
        Result<String> timedOut = governor.execute(onTimeout);
        assertThat(timedOut.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(timedOut.error()).containsInstanceOf(HttpTimeoutException.class);
        assertThat(on503.sent + onTimeout.sent).isEqualTo(2);
    }

    @Test
    void retriesATimeoutWhenTheCallIsIdempotent() {
        ScriptedCall call = idempotent().then(new HttpTimeoutException("timed out"));
        assertThat(governor().execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(call.sent).isEqualTo(2);
    }

    @Test
    void handsBackConflictUnauthorizedAndFailureWithoutRetrying() {
        Governor governor = governor();
        ScriptedCall conflict = idempotent().then(reply(409));
        ScriptedCall unauthorized = idempotent().then(reply(401));
        ScriptedCall invalid = idempotent().then(reply(400, "ININ-Correlation-Id", "c-1"));
        assertThat(governor.execute(conflict).outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(governor.execute(unauthorized).outcome()).isEqualTo(Outcome.UNAUTHORIZED);
        Result<String> failed = governor.execute(invalid);
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.status()).isEqualTo(400);
        assertThat(failed.reply().flatMap(r -> r.headers().first("inin-correlation-id")))
                .contains("c-1");
        assertThat(conflict.sent + unauthorized.sent + invalid.sent).isEqualTo(3);
    }

    @Test
    void givesUpAtTheAttemptCap() {
        config = config.withRetries(3, 100);
        ScriptedCall call = idempotent().thenAlways(reply(503), 10);
        Result<String> result = governor().execute(call);
        assertThat(result.outcome()).isEqualTo(Outcome.RETRIES_EXHAUSTED);
        assertThat(result.status()).isEqualTo(503);
        assertThat(call.sent).isEqualTo(3);
    }

    @Test
    void stopsRetryingOnceTheSharedRetryBudgetIsSpent() {
        config = config.withRetries(10, 10); // two retries' worth (cost 5)
        Governor governor = governor();
        ScriptedCall first = idempotent().thenAlways(reply(503), 10);
        assertThat(governor.execute(first).outcome()).isEqualTo(Outcome.RETRIES_EXHAUSTED);
        assertThat(first.sent).isEqualTo(3);
        ScriptedCall second = idempotent().thenAlways(reply(503), 10);
        assertThat(governor.execute(second).outcome()).isEqualTo(Outcome.RETRIES_EXHAUSTED);
        assertThat(second.sent).isEqualTo(1);
    }

    @Test
    void stopsCleanlyAtTheDeadline() {
        config = GovernorConfig.defaults().withDeadline(Duration.ofSeconds(5)); // 1 request/s to start
        Governor governor = governor();
        int done = 0;
        Result<String> result;
        while ((result = governor.execute(idempotent())).outcome() == Outcome.SUCCESS) {
            done++;
        }
        assertThat(result.outcome()).isEqualTo(Outcome.STOPPED_DEADLINE);
        assertThat(done).isEqualTo(5);
        assertThat(time.nanoTime()).isLessThanOrEqualTo(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void pacesFromTheHeadersOnceTheServerSendsThem() {
        Governor governor = governor();
        for (int i = 0; i < 3; i++) {
            governor.execute(idempotent()
                    .then(reply(200, "RateLimit-Limit", "100", "RateLimit-Remaining", "10", "RateLimit-Reset", "10")));
        }
        GovernorMetrics m = governor.metrics();
        assertThat(m.allowedRate()).isEqualTo(10.0);
        assertThat(m.remainingQuota()).isEqualTo(10.0);
    }

    @Test
    void givesEachAdvertisedBucketAScopeAndPausesTheOneThatIsSpent() {
        Governor governor = governor();
        governor.execute(idempotent()
                .then(reply(200, "RateLimit-Limit", "300", "RateLimit-Remaining", "299", "RateLimit-Reset", "60")));
        governor.execute(new ScriptedCall("skills", true, time, LATENCY)
                .then(reply(200, "RateLimit-Limit", "20", "RateLimit-Remaining", "19", "RateLimit-Reset", "60")));
        assertThat(governor.metrics().scopes()).extracting(ScopeState::name).containsExactly("token", "bucket:20");
        ScriptedCall throttled = new ScriptedCall("skills", true, time, LATENCY)
                .then(reply(
                        429,
                        "Retry-After",
                        "30",
                        "RateLimit-Limit",
                        "20",
                        "RateLimit-Remaining",
                        "0",
                        "RateLimit-Reset",
                        "30"));
        governor.execute(throttled);
        assertThat(governor.metrics().scopes()).extracting(ScopeState::name).containsExactly("token", "bucket:20");
        assertThat(governor.metrics().scopes().get(1).pausedNanosTotal())
                .isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(governor.metrics().scopes().get(0).pausedNanosTotal()).isZero();
    }

    @Test
    void putsA429WithoutRateHeadersDownToAHiddenBucketWhenTheAdvertisedOneHasRoom() {
        Governor governor = governor();
        governor.execute(new ScriptedCall("skills", true, time, LATENCY)
                .then(reply(200, "RateLimit-Limit", "20", "RateLimit-Remaining", "19", "RateLimit-Reset", "60")));
        governor.execute(new ScriptedCall("skills", true, time, LATENCY).then(reply(429, "Retry-After", "30")));
        GovernorMetrics m = governor.metrics();
        assertThat(m.scopes()).extracting(ScopeState::name).containsExactly("token", "family:skills");
        assertThat(m.scopes().get(1).pausedNanosTotal())
                .isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(m.pausedNanos()).isZero();
    }

    @Test
    void pausesTheTokenOnA429WithoutRateHeadersWhenItsWindowIsSpent() {
        Governor governor = governor();
        governor.execute(idempotent()
                .then(reply(200, "RateLimit-Limit", "300", "RateLimit-Remaining", "1", "RateLimit-Reset", "20")));
        governor.execute(idempotent().then(reply(429, "Retry-After", "19")));
        GovernorMetrics m = governor.metrics();
        assertThat(m.scopes()).extracting(ScopeState::name).containsExactly("token");
        assertThat(m.pausedNanos()).isEqualTo(Duration.ofSeconds(19).toNanos());
    }

    @Test
    void aLargerAdvertisedLimitBecomesTheTokenAndTheSmallerOneKeepsItsFamilies() {
        Governor governor = governor();
        governor.execute(new ScriptedCall("skills", true, time, LATENCY)
                .then(reply(200, "RateLimit-Limit", "180", "RateLimit-Remaining", "179", "RateLimit-Reset", "60")));
        governor.execute(idempotent()
                .then(reply(200, "RateLimit-Limit", "300", "RateLimit-Remaining", "298", "RateLimit-Reset", "60")));
        GovernorMetrics m = governor.metrics();
        assertThat(m.scopes()).extracting(ScopeState::name).containsExactly("token", "bucket:180");
        assertThat(m.scopes().get(0).allowedRate()).isCloseTo(300 / 60.0, within(1e-9));
        assertThat(m.scopes().get(1).allowedRate()).isCloseTo(180 / 60.0, within(1e-9));
    }

    @Test
    void pausesOnlyTheFamilyWhenA429ComesWhileTheTokenWindowHasRoom() {
        Governor governor = governor();
        ScriptedCall refused = new ScriptedCall("skills", true, time, LATENCY)
                .then(reply(
                        429,
                        "Retry-After",
                        "4",
                        "RateLimit-Limit",
                        "300",
                        "RateLimit-Remaining",
                        "250",
                        "RateLimit-Reset",
                        "60"));
        assertThat(governor.execute(refused).outcome()).isEqualTo(Outcome.SUCCESS);
        GovernorMetrics m = governor.metrics();
        assertThat(m.scopes()).extracting(ScopeState::name).containsExactly("token", "family:skills");
        assertThat(m.scopes().get(1).pausedNanosTotal())
                .isEqualTo(Duration.ofSeconds(4).toNanos());
        assertThat(m.pausedNanos()).isZero();
    }

    @Test
    void measuresASilentBucketFromItsRefusalAndPacesTheFamilyJustBelowIt() {
        Governor governor = governor();
        for (int i = 0; i < 10; i++) {
            governor.execute(new ScriptedCall("skills", true, time, LATENCY)
                    .then(reply(
                            200,
                            "RateLimit-Limit",
                            "300",
                            "RateLimit-Remaining",
                            Integer.toString(299 - i),
                            "RateLimit-Reset",
                            "60")));
        }
        governor.execute(new ScriptedCall("skills", true, time, LATENCY)
                .then(reply(
                        429,
                        "Retry-After",
                        "4",
                        "RateLimit-Limit",
                        "300",
                        "RateLimit-Remaining",
                        "289",
                        "RateLimit-Reset",
                        "58")));
        ScopeState family = governor.metrics().scopes().get(1);
        assertThat(family.name()).isEqualTo("family:skills");
        // 10 accepted since the family's first request, which opened the bucket's window; that window ends at
        // most Retry-After (4 s) after the refusal was answered
        List<GovernorEvent.Sent> sent = events.stream()
                .filter(e -> e instanceof GovernorEvent.Sent)
                .map(e -> (GovernorEvent.Sent) e)
                .toList();
        long window = sent.get(10).atNanos()
                + LATENCY.toNanos()
                + Duration.ofSeconds(4).toNanos()
                - sent.get(0).atNanos();
        // paced window by window: 10 per window, the next one a guard (1% of the window) after its end
        assertThat(family.allowedRate()).isCloseTo(10 * 1e9 / (window + window / 100), within(1e-9));
        assertThat(governor.learnedLimits()).singleElement().satisfies(l -> {
            assertThat(l.family()).isEqualTo("skills");
            assertThat(l.limit()).isEqualTo(10);
            assertThat(l.window()).isEqualTo(Duration.ofNanos(window));
        });
        assertThat(events)
                .filteredOn(e -> e instanceof GovernorEvent.LimitLearned)
                .hasSize(1);
    }

    @Test
    void tellsListenersWhatHappened() {
        governor().execute(idempotent().then(reply(503)));
        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Sent", "Answered", "Retrying", "Sent", "Answered");
        assertThat(((GovernorEvent.Answered) events.get(1)).status()).isEqualTo(503);
        assertThat(((GovernorEvent.Answered) events.get(1)).signal()).isEqualTo(Optional.empty());
    }

    @Test
    void aCallGivesUpAtItsOwnDeadlineAndSaysWhenItCouldHaveGone() {
        Governor governor = governor();
        long deadline = time.nanoTime() + Duration.ofSeconds(5).toNanos();
        ScriptedCall call = nonIdempotent().then(reply(429, "Retry-After", "30"));
        Result<String> result = governor.execute(new GovernedCall<String>() {
            @Override
            public String family() {
                return call.family();
            }

            @Override
            public boolean idempotent() {
                return call.idempotent();
            }

            @Override
            public Reply<String> send() throws IOException {
                return call.send();
            }

            @Override
            public long deadlineNanos() {
                return deadline;
            }
        });
        assertThat(result.outcome()).isEqualTo(Outcome.STOPPED_DEADLINE);
        assertThat(call.sent)
                .as("not sent again after the pause it cannot wait out")
                .isEqualTo(1);
        assertThat(time.nanoTime()).as("no wait begun").isLessThan(deadline);
        assertThat(result.retryAt()).hasValueSatisfying(at -> assertThat(at)
                .isBetween(time.wallClock().plusSeconds(29), time.wallClock().plusSeconds(30)));
        assertThat(governor.execute(idempotent()).outcome())
                .as("other calls keep their own deadline (none)")
                .isEqualTo(Outcome.SUCCESS);
    }
}
