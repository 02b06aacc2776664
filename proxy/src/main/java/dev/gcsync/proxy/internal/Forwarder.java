package dev.gcsync.proxy.internal;

import dev.gcsync.genesys.gateway.Answers;
import dev.gcsync.genesys.gateway.GatewayAnswer;
import dev.gcsync.genesys.gateway.GatewayLimits;
import dev.gcsync.genesys.gateway.TokenName;
import dev.gcsync.governor.Result;
import dev.gcsync.governor.TimeSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private final GatewayLimits limits;
    /** Methods that change nothing: they do not wait for the documented limits. */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * {@code heldSeconds} hears, per answered request, its lane and the seconds the proxy held it; {@code limits}
     * is read once with the first caller's token (and names the families of documented limits).
     */
    public Forwarder(
            TokenLanes lanes,
            GatewayLimits limits,
            Upstream upstream,
            URI apiBase,
            TimeSource time,
            Duration maxHold,
            ObjDoubleConsumer<String> heldSeconds) {
        this.heldSeconds = heldSeconds;
        this.lanes = lanes;
        this.limits = limits;
        this.upstream = upstream;
        this.apiBase = apiBase;
        this.time = time;
        this.maxHoldNanos = maxHold.toNanos();
        this.answers = new Answers(time, "gcsync proxy", "--max-hold");
    }

    GatewayAnswer<UpstreamAnswer> forward(Inbound in) {
        TokenLane lane = lanes.lane(in.lane());
        if (!TokenName.ANONYMOUS.equals(in.lane())) {
            limits.readOnce(path -> readWith(lane, in, path));
        }
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
            if (!READS.contains(in.method())) {
                awaitDocumentedLimits(holdEnds);
            }
            if (!lane.awaitSlot(holdEnds - time.nanoTime())) {
                return answered(lane, in, 0, answers.throttled(lane.drainSeconds(), "queued longer than --max-hold"));
            }
            ForwardCall call = new ForwardCall(
                    in, limits.familyOf(in.method(), in.pathAndQuery()), apiBase, upstream, time, holdEnds);
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

    /**
     * Holds a write that comes while the org's documented limits are being read (once per proxy, a few
     * {@code GET}s with the first caller's token) until that read is over, within the request's hold: a documented
     * bucket is paced from the first request, and the writes sent before the read would take it in a burst as an
     * undocumented one (the others' requests in that window are refused). Reads go on at once: the org-scoped
     * buckets are the writes' (users' routing, queue members), and the read spends the reads' token bucket itself.
     * A read that fails or outlasts the hold lets the write go on undocumented.
     */
    private void awaitDocumentedLimits(long holdEnds) throws InterruptedException {
        if (!limits.reading()) {
            return;
        }
        CompletableFuture<?> read = limits.done();
        try {
            read.get(Math.max(0, holdEnds - time.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // carries on undocumented: GatewayLimits has said why in the log
        }
    }

    /**
     * {@code GET path} with the caller's token only (no other header of theirs), through the token's governor:
     * paced and counted with the token's requests, a 429 waited out.
     */
    private GatewayLimits.Answer readWith(TokenLane lane, Inbound caller, String path) throws IOException {
        List<Map.Entry<String, String>> auth = caller.headers().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Authorization"))
                .toList();
        long now = time.nanoTime();
        Inbound get = new Inbound("GET", path, auth, new byte[0], caller.lane(), now);
        Result<UpstreamAnswer> r = lane.governor()
                .execute(new ForwardCall(get, get.family(), apiBase, upstream, time, now + maxHoldNanos));
        if (r.reply().isEmpty()) {
            throw new IOException("no answer (" + r.outcome() + ")");
        }
        try (UpstreamAnswer a = r.reply().get().body();
                InputStream body = a.body()) {
            return new GatewayLimits.Answer(a.status(), body.readNBytes(UpstreamAnswer.BUFFER_LIMIT));
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
