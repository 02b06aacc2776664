package dev.gcsync.proxy.internal;

import dev.gcsync.genesys.gateway.Answers;
import dev.gcsync.genesys.gateway.GatewayAnswer;
import dev.gcsync.governor.Result;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.function.ObjDoubleConsumer;

/**
 * Takes a held API request through the proxy's ladder: admitted or 503 (queue full) → a slot before the
 * hold ends or 429 → the token's governor (pacing, pause-all on 429, retry) → what the result becomes for the
 * client, decided by the gateway ({@link Answers}): the server's answer passed through, or 429 with the
 * {@code Retry-After} the governor knows, or 502/504 when nothing came back. A 5xx or a dropped connection on a
 * POST/PATCH is never sent again (the governor classifies them ambiguous).
 * Thread-safe (stateless apart from the lanes).
 */
public final class Forwarder {
    private final TokenLanes lanes;
    private final Upstream upstream;
    private final URI apiBase;
    private final TimeSource time;
    private final long maxHoldNanos;
    private final ObjDoubleConsumer<String> heldSeconds;
    private final Answers answers;

    /** {@code heldSeconds} hears, per answered request, its lane and the seconds the proxy held it. */
    public Forwarder(
            TokenLanes lanes,
            Upstream upstream,
            URI apiBase,
            TimeSource time,
            Duration maxHold,
            ObjDoubleConsumer<String> heldSeconds) {
        this.heldSeconds = heldSeconds;
        this.lanes = lanes;
        this.upstream = upstream;
        this.apiBase = apiBase;
        this.time = time;
        this.maxHoldNanos = maxHold.toNanos();
        this.answers = new Answers(time, "gcsync proxy", "--max-hold");
    }

    GatewayAnswer<UpstreamAnswer> forward(Inbound in) {
        TokenLane lane = lanes.lane(in.lane());
        if (!lanes.tryEnterAny()) {
            return answered(
                    lane,
                    in,
                    0,
                    answers.full("it holds as many requests as it has threads for (all" + " tokens together)", 1));
        }
        try {
            return forwardIn(lane, in);
        } finally {
            lanes.leaveAny();
        }
    }

    private GatewayAnswer<UpstreamAnswer> forwardIn(TokenLane lane, Inbound in) {
        long holdEnds = in.arrivedAt() + maxHoldNanos;
        if (!lane.tryEnter(time.nanoTime())) {
            return answered(lane, in, 0, answers.full("the queue of this token is full", lane.drainSeconds()));
        }
        try {
            if (!lane.awaitSlot(holdEnds - time.nanoTime())) {
                return answered(lane, in, 0, answers.throttled(lane.drainSeconds(), "queued longer than --max-hold"));
            }
            ForwardCall call = new ForwardCall(in, apiBase, upstream, time, holdEnds);
            try {
                Result<UpstreamAnswer> result = lane.governor().execute(call);
                return answered(lane, in, call.lastLatencyNanos(), answers.decide(result));
            } finally {
                lane.releaseSlot();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answered(lane, in, 0, answers.shuttingDown());
        } finally {
            lane.leave(time.nanoTime());
        }
    }

    private GatewayAnswer<UpstreamAnswer> answered(
            TokenLane lane, Inbound in, long wireNanos, GatewayAnswer<UpstreamAnswer> answer) {
        int status = answer instanceof GatewayAnswer.Passed<UpstreamAnswer> p
                ? p.body().status()
                : ((GatewayAnswer.Refused<UpstreamAnswer>) answer).status();
        long held = Math.max(0, time.nanoTime() - in.arrivedAt() - wireNanos);
        lane.answered(status, held);
        heldSeconds.accept(lane.name(), held / 1e9);
        return answer;
    }
}
