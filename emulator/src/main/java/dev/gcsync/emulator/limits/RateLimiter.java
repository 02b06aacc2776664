package dev.gcsync.emulator.limits;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.WindowAlign;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-token fixed windows, endpoint buckets shared per token, per OAuth client or per org, an org-wide window,
 * a daily (UTC) window, and the token endpoint's per-client window. A request is counted in every window that
 * applies, or in none when any of them refuses it.
 * Thread safety: one lock (this) around each decision; the policy is an immutable value swapped whole.
 */
public final class RateLimiter {
    /**
     * What {@code inin-ratelimit-allowed} says when limits are off (profile {@code unlimited}): a limit no
     * client reaches, so a client that paces from the headers (as gcsync does) is not held to 300 a window
     * that the server does not enforce.
     */
    public static final int UNLIMITED_ALLOWED = 1_000_000_000;

    private static final long DAY_MILLIS = 86_400_000L;

    private volatile RatePolicy policy;
    private final Map<String, FixedWindow> windows = new HashMap<>();
    private FixedWindow org = new FixedWindow();
    private FixedWindow daily = new FixedWindow();

    public RateLimiter(RatePolicy policy) {
        this.policy = policy;
    }

    public RatePolicy policy() {
        return policy;
    }

    /** Replaces the policy; windows already open keep their counts. */
    public void setPolicy(RatePolicy newPolicy) {
        policy = newPolicy;
    }

    /** Forgets every window (admin reset). */
    public synchronized void reset() {
        windows.clear();
        org = new FixedWindow();
        daily = new FixedWindow();
    }

    /** Decides one request of a token whose client is unknown (the token is its own client). */
    public Decision decide(String tokenKey, String method, String path, int cost, long now) {
        return decide(Caller.of(tokenKey, tokenKey), method, path, cost, now);
    }

    /**
     * Decides one request of {@code caller} at {@code now}.
     *
     * @param cost 1, or the number of items of a bulk call under {@code BulkCost.PER_ITEM}
     */
    public synchronized Decision decide(Caller caller, String method, String path, int cost, long now) {
        RatePolicy p = policy;
        long window = p.window().toMillis();
        FixedWindow main = caller.background()
                ? new FixedWindow()
                : windows.computeIfAbsent("token\u0000" + caller.token(), k -> new FixedWindow());
        main.roll(now, window);
        if (!p.enabled()) {
            main.add(cost);
            return new Decision(true, main.count(), UNLIMITED_ALLOWED, main.remainingMillis(now), 0, null);
        }
        List<FixedWindow> applied = new ArrayList<>(4);
        String refusedBy = caller.background() ? null : check(main, cost, p.limit(), "token", applied);
        FixedWindow described = main; // the window the inin-ratelimit-* headers describe
        int describedLimit = p.limit();
        for (BucketRule b : p.buckets()) {
            if (!b.matches(method, path)) {
                continue;
            }
            String owner =
                    switch (b.scope()) {
                        case TOKEN -> caller.background() ? null : "token\u0000" + caller.token();
                        case CLIENT -> "client\u0000" + caller.client();
                        case ORG -> "org";
                    };
            if (owner == null) {
                continue;
            }
            FixedWindow w = windows.computeIfAbsent(owner + "\u0000" + b.name(), k -> new FixedWindow());
            long length = b.windowOr(p.window()).toMillis();
            if (b.align() == WindowAlign.CLOCK) {
                w.rollAligned(now, length);
            } else {
                w.roll(now, length);
            }
            if (b.advertised()) {
                described = w;
                describedLimit = b.limit();
            }
            if (refusedBy == null) {
                refusedBy = check(w, cost, b.limit(), b.name(), applied);
            }
        }
        if (refusedBy == null && p.orgLimit() > 0) {
            org.roll(now, window);
            refusedBy = check(org, cost, p.orgLimit(), "org", applied);
        }
        if (refusedBy == null && p.dailyLimit() > 0) {
            daily.rollAligned(now, DAY_MILLIS);
            refusedBy = check(daily, cost, p.dailyLimit(), "daily", applied);
        }
        if (refusedBy != null) {
            FixedWindow refusing = applied.get(applied.size() - 1);
            return new Decision(
                    false,
                    described.count(),
                    describedLimit,
                    described.remainingMillis(now),
                    refusing.remainingMillis(now),
                    refusedBy);
        }
        applied.forEach(w -> w.add(cost));
        return new Decision(true, described.count(), describedLimit, described.remainingMillis(now), 0, null);
    }

    /**
     * Decides one token request ({@code POST /oauth/token}) of an OAuth client: {@code tokenRequests} per
     * {@code tokenWindow} per client, windows opening at the first request. Always allowed when unthrottled.
     */
    public synchronized Decision decideTokenRequest(String clientId, long now) {
        RatePolicy p = policy;
        if (p.tokenRequests() == 0) {
            return new Decision(true, 0, 0, 0, 0, null);
        }
        FixedWindow w = windows.computeIfAbsent("oauth\u0000" + clientId, k -> new FixedWindow());
        w.roll(now, p.tokenWindow().toMillis());
        if (w.wouldExceed(1, p.tokenRequests())) {
            return new Decision(
                    false, w.count(), p.tokenRequests(), w.remainingMillis(now), w.remainingMillis(now), "oauth");
        }
        w.add(1);
        return new Decision(true, w.count(), p.tokenRequests(), w.remainingMillis(now), 0, null);
    }

    private static String check(FixedWindow w, int cost, int limit, String name, List<FixedWindow> applied) {
        applied.add(w);
        return w.wouldExceed(cost, limit) ? name : null;
    }
}
