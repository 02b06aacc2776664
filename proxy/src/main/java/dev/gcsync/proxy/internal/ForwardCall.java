package dev.gcsync.proxy.internal;

import dev.gcsync.governor.GovernedCall;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.ResponseHeaders;
import dev.gcsync.governor.TimeSource;
import java.io.IOException;
import java.net.URI;

/**
 * A client's request as a {@link GovernedCall}: each {@link #send()} forwards the held request once.
 * Idempotent by HTTP method, so the governor never replays a POST or PATCH after a 5xx or a dropped
 * connection; it replays every method after a 429 (refused before processing). Its deadline is the end of
 * the request's hold. Used by one thread at a time (the one the governor runs it on).
 */
final class ForwardCall implements GovernedCall<UpstreamAnswer> {
    private final Inbound in;
    private final URI base;
    private final Upstream upstream;
    private final TimeSource time;
    private final long holdEnds;
    private final String family;
    private long lastLatency;

    /** @param family the request's endpoint family (a documented limit's, once the gateway has read them) */
    ForwardCall(Inbound in, String family, URI base, Upstream upstream, TimeSource time, long holdEnds) {
        this.in = in;
        this.base = base;
        this.upstream = upstream;
        this.time = time;
        this.holdEnds = holdEnds;
        this.family = family;
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public boolean idempotent() {
        return in.idempotent();
    }

    @Override
    public long deadlineNanos() {
        return holdEnds;
    }

    @Override
    public Reply<UpstreamAnswer> send() throws IOException {
        long start = time.nanoTime();
        try {
            UpstreamAnswer answer = upstream.send(base, in);
            return new Reply<>(answer.status(), ResponseHeaders.of(answer.headers()), answer);
        } finally {
            lastLatency = time.nanoTime() - start;
        }
    }

    /** How long the last attempt took on the wire: the part of the request's time the proxy did not hold it. */
    long lastLatencyNanos() {
        return lastLatency;
    }
}
