package dev.gcsync.genesys.gateway;

import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.Result;
import dev.gcsync.governor.TimeSource;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one decision of a gateway: what a governed request's {@link Result} becomes for the client that sent it
 * (status, {@code Retry-After}, code, message), and the refusals a gateway makes before the governor. The
 * messages name the gateway ({@code who}: "gcsync proxy", "gcsync") and its hold option ({@code hold}:
 * "--max-hold", "maxHold"). Stateless apart from the clock.
 */
public final class Answers {
    private final TimeSource time;
    private final String who;
    private final String hold;

    public Answers(TimeSource time, String who, String hold) {
        this.time = time;
        this.who = who;
        this.hold = hold;
    }

    public <B> GatewayAnswer<B> decide(Result<B> result) {
        if (result.reply().isPresent()) {
            return new GatewayAnswer.Passed<>(result.reply().get().body());
        }
        Outcome outcome = result.outcome();
        if (outcome == Outcome.STOPPED_RATE_LIMITED || outcome == Outcome.STOPPED_DEADLINE) {
            long seconds = result.retryAt().map(this::secondsUntil).orElse(1L);
            return throttled(
                    seconds,
                    outcome == Outcome.STOPPED_RATE_LIMITED
                            ? "the server's Retry-After is longer than " + hold
                            : "holding it longer would pass " + hold);
        }
        if (outcome == Outcome.INTERRUPTED) {
            return shuttingDown();
        }
        Throwable fault = result.error().orElse(null);
        String replay = result.attempts() > 1 ? " after " + result.attempts() + " attempts" : ", not sent again";
        if (fault instanceof HttpTimeoutException) {
            return new GatewayAnswer.Refused<>(
                    GatewayAnswer.Refusal.TIMEOUT,
                    504,
                    "request.timeout",
                    who + ": the server did not answer in time" + replay,
                    0,
                    Optional.of(fault));
        }
        return new GatewayAnswer.Refused<>(
                GatewayAnswer.Refusal.NO_ANSWER,
                502,
                "bad.gateway",
                who
                        + ": no answer from the server ("
                        + (fault == null ? "unknown" : fault.getClass().getSimpleName())
                        + ")" + replay,
                0,
                Optional.ofNullable(fault));
    }

    /** A 429 in Genesys' words, with the {@code Retry-After} it names. */
    public <B> GatewayAnswer.Refused<B> throttled(long seconds, String why) {
        return new GatewayAnswer.Refused<>(
                GatewayAnswer.Refusal.THROTTLED,
                429,
                "too.many.requests.retry.after",
                "Rate limit exceeded the maximum. Retry the request in [" + seconds + "] seconds (" + who + ": " + why
                        + ")",
                seconds,
                Optional.empty());
    }

    /** A 503: the gateway holds as much as it can; retry in {@code seconds}. */
    public <B> GatewayAnswer.Refused<B> full(String what, long seconds) {
        return new GatewayAnswer.Refused<>(
                GatewayAnswer.Refusal.UNAVAILABLE,
                503,
                "service.unavailable",
                who + ": " + what + "; retry in [" + seconds + "] seconds",
                seconds,
                Optional.empty());
    }

    public <B> GatewayAnswer.Refused<B> shuttingDown() {
        return new GatewayAnswer.Refused<>(
                GatewayAnswer.Refusal.UNAVAILABLE,
                503,
                "service.unavailable",
                who + ": shutting down",
                1,
                Optional.empty());
    }

    /** Whole seconds until {@code at}, rounded up, at least 1: a {@code Retry-After}. */
    public long secondsUntil(Instant at) {
        long millis = Duration.between(time.wallClock(), at).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
