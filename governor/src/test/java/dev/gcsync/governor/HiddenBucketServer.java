package dev.gcsync.governor;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A server with two buckets, in virtual nanoseconds: the token's fixed windows, which every answer
 * describes in {@code RateLimit-*} headers, and a hidden bucket of one endpoint family that no header
 * describes. The hidden bucket's window opens at the first request after the previous one closed (the
 * emulator's model) or, with {@code aligned}, at fixed multiples of its length plus a phase.
 * {@code Retry-After} is whole seconds rounded up, as Genesys and the emulator send it.
 */
final class HiddenBucketServer {
    private final SimulatedFixedWindowServer token;
    private final long hiddenLimit;
    private final long hiddenWindow;
    private final boolean aligned;
    private final long phase;
    private long windowStart = Long.MIN_VALUE;
    private long used;
    long accepted;
    long hiddenRefusals;

    HiddenBucketServer(
            long tokenLimit,
            long tokenWindowNanos,
            long hiddenLimit,
            long hiddenWindowNanos,
            boolean aligned,
            long phaseNanos) {
        this.token = new SimulatedFixedWindowServer(tokenLimit, tokenWindowNanos, 0);
        this.hiddenLimit = hiddenLimit;
        this.hiddenWindow = hiddenWindowNanos;
        this.aligned = aligned;
        this.phase = phaseNanos;
    }

    Reply<String> arrive(long now) {
        SimulatedFixedWindowServer.Answer t = token.arrive(now);
        Map<String, List<String>> headers = new HashMap<>(Map.of(
                "RateLimit-Limit", List.of(Long.toString(t.signal().limit())),
                "RateLimit-Remaining", List.of(Long.toString(t.signal().remaining())),
                "RateLimit-Reset", List.of(Long.toString(t.signal().resetIn().toSeconds()))));
        if (t.refused()) {
            headers.put("Retry-After", List.of(Long.toString(t.retryAfter().toSeconds())));
            return new Reply<>(429, ResponseHeaders.of(headers), "token");
        }
        roll(now);
        if (used >= hiddenLimit) {
            hiddenRefusals++;
            long left = windowStart + hiddenWindow - now;
            headers.put("Retry-After", List.of(Long.toString(Math.max(1, (left + 999_999_999L) / 1_000_000_000L))));
            return new Reply<>(429, ResponseHeaders.of(headers), "hidden");
        }
        used++;
        accepted++;
        return new Reply<>(200, ResponseHeaders.of(headers), "ok");
    }

    private void roll(long now) {
        if (aligned) {
            long start = phase + Math.floorDiv(now - phase, hiddenWindow) * hiddenWindow;
            if (start != windowStart) {
                windowStart = start;
                used = 0;
            }
        } else if (windowStart == Long.MIN_VALUE || now >= windowStart + hiddenWindow) {
            windowStart = now;
            used = 0;
        }
    }

    /** A call of the family, sent to this server, arriving half its latency after it is sent. */
    GovernedCall<String> call(VirtualTime time, Duration latency) {
        return call(time, latency, null);
    }

    /**
     * The same; when {@code anotherToken} is given, the call can also be sent through another token of the client,
     * whose buckets (this server's model for that token) are its own.
     */
    GovernedCall<String> call(VirtualTime time, Duration latency, HiddenBucketServer anotherToken) {
        return new GovernedCall<>() {
            @Override
            public java.util.Optional<GovernedCall<String>> viaAnotherToken() {
                return java.util.Optional.ofNullable(anotherToken).map(t -> t.call(time, latency));
            }

            @Override
            public String family() {
                return "users:write";
            }

            @Override
            public boolean idempotent() {
                return true;
            }

            @Override
            public Reply<String> send() {
                time.advance(latency.dividedBy(2));
                Reply<String> reply = arrive(time.nanoTime());
                time.advance(latency.dividedBy(2));
                return reply;
            }
        };
    }
}
