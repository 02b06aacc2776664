package dev.gcsync.governor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * A server in virtual nanoseconds (a test fake) with what an org meets: a bucket per token that its answers
 * describe ({@code RateLimit-*} headers), and one bucket of the org on the family {@code users:write} that no
 * header describes, spent by every token and by the org's other integrations ("background": requests spread
 * evenly at a share of the org's limit that changes with time). The org bucket's windows open at the first
 * request after the previous one closed, or are aligned to the clock. {@code Retry-After} is whole seconds
 * rounded up. Records, per org window, who spent what.
 */
final class OrgServer {
    static final String FAMILY = "users:write";

    private final long orgLimit;
    private final long window;
    private final boolean aligned;
    private final long tokenLimit;
    private final LongToDoubleFunction backgroundShare;
    private final Map<String, SimulatedFixedWindowServer> tokens = new HashMap<>();
    private long windowStart = Long.MIN_VALUE;
    private long used;
    private long nextBackground;
    /** Requests of ours accepted per org window (windows numbered from the start, by the clock). */
    final List<int[]> perWindow = new ArrayList<>();

    long ours;
    long oursRefused;
    long background;
    long backgroundRefused;

    /**
     * @param backgroundShare the share of {@code orgLimit} the others send at a time (evenly spread)
     */
    OrgServer(long orgLimit, Duration window, boolean aligned, long tokenLimit, LongToDoubleFunction backgroundShare) {
        this.orgLimit = orgLimit;
        this.window = window.toNanos();
        this.aligned = aligned;
        this.tokenLimit = tokenLimit;
        this.backgroundShare = backgroundShare;
    }

    /** A request of token {@code token} arriving at {@code now}. */
    synchronized Reply<String> arrive(String token, long now) {
        playBackgroundUntil(now);
        SimulatedFixedWindowServer.Answer t = tokens.computeIfAbsent(
                        token, k -> new SimulatedFixedWindowServer(tokenLimit, window, 0))
                .arrive(now);
        Map<String, List<String>> headers = new HashMap<>(Map.of(
                "RateLimit-Limit", List.of(Long.toString(t.signal().limit())),
                "RateLimit-Remaining", List.of(Long.toString(t.signal().remaining())),
                "RateLimit-Reset", List.of(Long.toString(t.signal().resetIn().toSeconds()))));
        ours++;
        if (t.refused()) {
            oursRefused++;
            headers.put("Retry-After", List.of(Long.toString(t.retryAfter().toSeconds())));
            return new Reply<>(429, ResponseHeaders.of(headers), "token");
        }
        long left = spend(now);
        if (left < 0) {
            oursRefused++;
            headers.put("Retry-After", List.of(Long.toString(Math.max(1, (-left + 999_999_999L) / 1_000_000_000L))));
            return new Reply<>(429, ResponseHeaders.of(headers), "org");
        }
        count(now)[0]++;
        return new Reply<>(200, ResponseHeaders.of(headers), "ok");
    }

    /** Plays the others' requests up to {@code end} (call at the end of a run to count them all). */
    synchronized void playBackgroundUntil(long end) {
        while (true) {
            double share = backgroundShare.applyAsDouble(nextBackground);
            long interval = share <= 0 ? window / 10 : (long) (window / (share * orgLimit));
            if (nextBackground > end) {
                return;
            }
            if (share > 0) {
                background++;
                if (spend(nextBackground) < 0) {
                    backgroundRefused++;
                    count(nextBackground)[2]++;
                } else {
                    count(nextBackground)[1]++;
                }
            }
            nextBackground += interval;
        }
    }

    /** Spends one request of the org bucket at {@code now}: what is left of the window, or minus the time to its end. */
    private long spend(long now) {
        if (aligned) {
            long start = Math.floorDiv(now, window) * window;
            if (start != windowStart) {
                windowStart = start;
                used = 0;
            }
        } else if (windowStart == Long.MIN_VALUE || now >= windowStart + window) {
            windowStart = now;
            used = 0;
        }
        if (used >= orgLimit) {
            return -(windowStart + window - now);
        }
        used++;
        return orgLimit - used;
    }

    /** [ours, background] accepted and background refused in the clock window of {@code now}. */
    private int[] count(long now) {
        int i = (int) (now / window);
        while (perWindow.size() <= i) {
            perWindow.add(new int[3]);
        }
        return perWindow.get(i);
    }

    /** A call of the org's family from token {@code token}, arriving half its latency after it is sent. */
    GovernedCall<String> call(TimeSource time, String token, Duration latency) {
        return call(time, token, latency, false);
    }

    /**
     * The same; with {@code ask}, the call can also be sent through another token of the same client (named
     * {@code token + "+"}: a fresh token, with windows of its own), as gcsync's client offers for org families.
     */
    GovernedCall<String> call(TimeSource time, String token, Duration latency, boolean ask) {
        return new GovernedCall<>() {
            @Override
            public java.util.Optional<GovernedCall<String>> viaAnotherToken() {
                return ask
                        ? java.util.Optional.of(call(time, token + "+", latency, false))
                        : java.util.Optional.empty();
            }

            @Override
            public String family() {
                return FAMILY;
            }

            @Override
            public boolean idempotent() {
                return true;
            }

            @Override
            public Reply<String> send() {
                try {
                    time.await(latency.toNanos() / 2);
                    Reply<String> reply = arrive(token, time.nanoTime());
                    time.await(latency.toNanos() / 2);
                    return reply;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
