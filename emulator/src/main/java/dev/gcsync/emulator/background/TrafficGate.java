package dev.gcsync.emulator.background;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.limits.Caller;
import dev.gcsync.emulator.limits.Decision;
import dev.gcsync.emulator.limits.RateLimiter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way into the rate limiter, for API requests and for background traffic alike. Before deciding a
 * request at time t, it sends every background request due up to t, each decided at its own due time through
 * the same {@link RateLimiter#decide}: so background requests spend the same windows, in time order, whether the
 * clock is real or virtual (a test's {@code ManualClock} drives the generators by advancing), and no thread is
 * needed. Times handed to the limiter never go backwards (a window must not reopen because two threads read the
 * clock in the other order).
 * Thread safety: one lock (this) around catch-up and decision.
 */
public final class TrafficGate {
    private final RateLimiter limiter;
    private List<Generator> generators = List.of();
    private long last = Long.MIN_VALUE;

    public TrafficGate(RateLimiter limiter, List<BackgroundSpec> specs, long startMillis) {
        this.limiter = limiter;
        restart(specs, startMillis);
    }

    /** Sends the background requests due by {@code now}, then decides this request at {@code now}. */
    public synchronized Decision decide(Caller caller, String method, String path, int cost, long now) {
        long t = Math.max(now, last);
        catchUp(t);
        last = t;
        return limiter.decide(caller, method, path, cost, t);
    }

    /** The generators' counts after sending what was due by {@code now}, by bucket name. */
    public synchronized Map<String, BackgroundCounts> counts(long now) {
        catchUp(Math.max(now, last));
        Map<String, BackgroundCounts> out = new LinkedHashMap<>();
        generators.forEach(g -> out.put(
                g.spec.bucket(), new BackgroundCounts(g.spec.client(), g.spec.profile(), g.requests, g.throttled)));
        return out;
    }

    public synchronized List<BackgroundSpec> specs() {
        return generators.stream().map(g -> g.spec).toList();
    }

    /**
     * Replaces the generators; their profiles start at {@code now} with zero counts. Throws
     * IllegalArgumentException (and keeps the old ones) when a spec names no org-scoped bucket of the policy.
     */
    public synchronized void restart(List<BackgroundSpec> specs, long now) {
        BackgroundSpec.check(specs, limiter.policy());
        List<Generator> fresh = new ArrayList<>();
        specs.forEach(s -> fresh.add(new Generator(s, now)));
        generators = List.copyOf(fresh);
    }

    /** Zeroes the generators' counts; their profiles go on. */
    public synchronized void resetCounts() {
        generators.forEach(g -> {
            g.requests = 0;
            g.throttled = 0;
        });
    }

    private void catchUp(long now) {
        RatePolicy policy = limiter.policy();
        while (true) {
            Generator next = null;
            long due = Long.MAX_VALUE;
            for (Generator g : generators) {
                long d = g.nextDue(policy);
                if (d <= now && d < due) {
                    next = g;
                    due = d;
                }
            }
            if (next == null) {
                return;
            }
            BucketRule b = policy.bucket(next.spec.bucket());
            String method = b.methods().stream().sorted().findFirst().orElseThrow();
            last = Math.max(due, last);
            Decision d = limiter.decide(next.caller, method, b.samplePath(), 1, last);
            next.sent(d.allowed());
        }
    }

    /** One generator's progress. Guarded by the gate's lock. */
    private static final class Generator {
        final BackgroundSpec spec;
        final RateProfile profile;
        final Caller caller;
        final long start;
        long k;
        long requests;
        long throttled;

        Generator(BackgroundSpec spec, long start) {
            this.spec = spec;
            this.profile = spec.rate();
            this.caller = new Caller("background:" + spec.bucket(), spec.client(), true);
            this.start = start;
        }

        /** When the next request is due; never while its bucket is gone from the policy or limits are off. */
        long nextDue(RatePolicy policy) {
            BucketRule b = policy.bucket(spec.bucket());
            if (b == null || !policy.enabled()) {
                return Long.MAX_VALUE;
            }
            long offset =
                    profile.dueMillis(k, b.limit(), b.windowOr(policy.window()).toMillis());
            return offset == Long.MAX_VALUE || offset > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + offset;
        }

        void sent(boolean allowed) {
            k++;
            requests++;
            if (!allowed) {
                throttled++;
            }
        }
    }
}
