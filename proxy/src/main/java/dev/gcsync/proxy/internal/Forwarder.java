package dev.gcsync.proxy.internal;

import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.Result;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ObjDoubleConsumer;

/**
 * Decides what a held API request becomes, as one ladder: admitted or 503 (queue full) → a slot before the
 * hold ends or 429 → the token's governor (pacing, pause-all on 429, retry) → the server's answer passed
 * through, or 429 with the {@code Retry-After} the governor knows, or 502/504 when nothing came back. A 5xx
 * or a dropped connection on a POST/PATCH is never sent again (the governor classifies them ambiguous).
 * Thread-safe (stateless apart from the lanes).
 */
public final class Forwarder {
    private final TokenLanes lanes;
    private final Upstream upstream;
    private final URI apiBase;
    private final TimeSource time;
    private final long maxHoldNanos;
    private final ObjDoubleConsumer<String> heldSeconds;

    /** {@code heldSeconds} hears, per answered request, its lane and the seconds the proxy held it. */
    public Forwarder(TokenLanes lanes, Upstream upstream, URI apiBase, TimeSource time, Duration maxHold,
                     ObjDoubleConsumer<String> heldSeconds) {
        this.heldSeconds = heldSeconds;
        this.lanes = lanes;
        this.upstream = upstream;
        this.apiBase = apiBase;
        this.time = time;
        this.maxHoldNanos = maxHold.toNanos();
    }

    ProxyAnswer forward(Inbound in) {
        TokenLane lane = lanes.lane(in.lane());
        if (!lanes.tryEnterAny()) {
            return answered(lane, in, 0, new ProxyAnswer.Refused(503, "service.unavailable", "gcsync proxy: it"
                    + " holds as many requests as it has threads for (all tokens together); retry in [1] seconds", 1));
        }
        try {
            return forwardIn(lane, in);
        } finally {
            lanes.leaveAny();
        }
    }

    private ProxyAnswer forwardIn(TokenLane lane, Inbound in) {
        long holdEnds = in.arrivedAt() + maxHoldNanos;
        if (!lane.tryEnter(time.nanoTime())) {
            long wait = lane.drainSeconds();
            return answered(lane, in, 0, new ProxyAnswer.Refused(503, "service.unavailable", "gcsync proxy: the queue"
                    + " of this token is full; retry in [" + wait + "] seconds", wait));
        }
        try {
            if (!lane.awaitSlot(holdEnds - time.nanoTime())) {
                return answered(lane, in, 0, ProxyAnswer.rateLimited(lane.drainSeconds(),
                        "queued longer than --max-hold"));
            }
            ForwardCall call = new ForwardCall(in, apiBase, upstream, time, holdEnds);
            try {
                Result<UpstreamAnswer> result = lane.governor().execute(call);
                return answered(lane, in, call.lastLatencyNanos(), decide(result));
            } finally {
                lane.releaseSlot();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answered(lane, in, 0, new ProxyAnswer.Refused(503, "service.unavailable",
                    "gcsync proxy: shutting down", 1));
        } finally {
            lane.leave(time.nanoTime());
        }
    }

    private ProxyAnswer decide(Result<UpstreamAnswer> result) {
        Optional<Reply<UpstreamAnswer>> reply = result.reply();
        if (reply.isPresent()) {
            return new ProxyAnswer.Passed(reply.get().body()); // any status, also a 5xx on a POST: not replayed
        }
        Outcome outcome = result.outcome();
        if (outcome == Outcome.STOPPED_RATE_LIMITED || outcome == Outcome.STOPPED_DEADLINE) {
            long seconds = result.retryAt().map(this::secondsUntil).orElse(1L);
            return ProxyAnswer.rateLimited(seconds, outcome == Outcome.STOPPED_RATE_LIMITED
                    ? "the server's Retry-After is longer than --max-hold" : "holding it longer would pass --max-hold");
        }
        if (outcome == Outcome.INTERRUPTED) {
            return new ProxyAnswer.Refused(503, "service.unavailable", "gcsync proxy: shutting down", 1);
        }
        Throwable fault = result.error().orElse(null);
        String replay = result.attempts() > 1 ? " after " + result.attempts() + " attempts" : ", not sent again";
        if (fault instanceof HttpTimeoutException) {
            return new ProxyAnswer.Refused(504, "request.timeout", "gcsync proxy: the server did not answer in time"
                    + replay, 0);
        }
        return new ProxyAnswer.Refused(502, "bad.gateway", "gcsync proxy: no answer from the server ("
                + (fault == null ? "unknown" : fault.getClass().getSimpleName()) + ")" + replay, 0);
    }

    private long secondsUntil(Instant at) {
        long millis = Duration.between(time.wallClock(), at).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private ProxyAnswer answered(TokenLane lane, Inbound in, long wireNanos, ProxyAnswer answer) {
        int status = answer instanceof ProxyAnswer.Passed p ? p.answer().status() : ((ProxyAnswer.Refused) answer).status();
        long held = Math.max(0, time.nanoTime() - in.arrivedAt() - wireNanos);
        lane.answered(status, held);
        heldSeconds.accept(lane.name(), held / 1e9);
        return answer;
    }
}
