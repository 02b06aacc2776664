package dev.gcsync.governor.internal;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A bucket paced evenly from an estimate of its limit: an org's or a client's bucket shared with other
 * callers (documented by the limits API, or found by refusals), or a token's hidden bucket whose windows do not
 * open at the first request (aligned to the clock, say), where bursts would straddle two windows.
 *
 * <p>The estimate {@code L} (requests per window {@code W}) is what this caller may count on: the documented
 * limit, or the requests it got accepted in a window that refused it (a sample of what the others left). The
 * pace is {@code share × L / W}, spread evenly over the window (a burst at the window's start would take what
 * the others were about to use). It learns under other traffic:
 * <ul>
 * <li>a refusal cuts {@code L} by {@value #STEP_DOWN} (once per episode: requests sent before the cut do not cut
 *     again), and to at most what the others left in the window that refused it (from what this caller got
 *     accepted there and how far the window had filled: the pace becomes the share of it); the next
 *     {@value #HOLD_WINDOWS} windows keep the cut;</li>
 * <li>every window of {@code W} without a refusal in which the pace was used ({@value #USED} of it) raises
 *     {@code L} by {@value #SLOW_PROBE} while the last refusal is recent ({@value #SLOW_WINDOWS} windows), then
 *     by {@value #FAST_PROBE}: slowly near the level that was refused, faster once it is clearly gone;</li>
 * <li>a documented limit caps {@code L}; without one, the pace grows back towards that sample (all of what was
 *     left) by {@value #TOWARD_SEEN} a window (from the share of it, about ten windows: a refusal costs a dozen
 *     windows at most, and the others' step down is followed within ten), beyond it by {@value #DISCOVER} a
 *     window only: each probe beyond what was seen left risks the others' requests;</li>
 * <li>no cap is permanent: the estimate of a bucket that is not documented may grow past anything refused.</li>
 * </ul>
 * Thread safety: every method is {@code synchronized}.
 */
public final class PacedBucket implements Scope {
    static final double STEP_DOWN = 0.7;
    /** A token's own bucket, refused while paced evenly under its measurement: a little under, not 30%. */
    static final double OWN_STEP_DOWN = 0.9;

    static final double SLOW_PROBE = 0.05;
    static final double FAST_PROBE = 0.10;
    static final int SLOW_WINDOWS = 4;
    /**
     * Windows after the one that refused in which the estimate does not grow: a cut to what the others left is
     * kept a while (their step up is the likeliest reason for the refusal), not probed away at once.
     */
    static final int HOLD_WINDOWS = 2;

    static final double USED = 0.8;
    static final double DISCOVER = 0.02;
    static final double TOWARD_SEEN = 0.10;
    /** A cut goes a little under what the refused window shows was left: that count is of a window known within
     *  a second, and the others may not have finished stepping up. */
    static final double UNDER_LEFT = 0.9;
    /** Another process's estimate this much higher is taken ({@link #adopt}): less is the others' probing. */
    static final double ADOPT = 1.1;
    /** A change of the estimate this large is announced (and stored). */
    private static final double ANNOUNCE = 0.1;

    private final String family;
    private final ScopeKind kind;
    private final double share;
    private final double cap;
    private final long window;
    private final PauseGate gate;
    private final BudgetStore store;
    private final Duration ceiling;
    private final AcceptedLog accepted = new AcceptedLog();
    private double estimate;
    private int sample = Integer.MAX_VALUE;
    /** Without a documented limit: the most this caller was left in a refused window, the pace's soft ceiling. */
    private double seen;

    private double announced;
    private long lastSlot = Long.MIN_VALUE;
    private long grants;
    private long seqAtLastCut;
    private long periodStart = Long.MIN_VALUE;
    private long grantsInPeriod;
    /** Grants of the last whole period: what this caller was sending a window. */
    private long grantsLastPeriod = Long.MAX_VALUE;
    /** The last slot was counted in a shared store, with other processes' slots: this caller's own count of a
     *  refused window is then not what the others left (they took slots of it too), so a refusal steps down
     *  by {@value #STEP_DOWN} only. */
    private boolean countedWithOthers;
    /** The sample is what every process sharing the store got in the refused window, not this one's part. */
    private boolean sampleOfAll;

    private boolean refusedInPeriod;
    private int windowsSinceRefusal = Math.max(SLOW_WINDOWS, HOLD_WINDOWS);
    /** When this process was last refused by the bucket, or followed another's refusal (its own clock). */
    private long lastRefusedAt = Long.MIN_VALUE;
    /** The last pause mark of the shared store this bucket set or followed. */
    private long pauseMark;
    /** The shared store made this process wait for the pace in the current period: the pace binds. */
    private boolean boundInPeriod;

    /**
     * @param share    the part of the bucket this caller may use (the budget share for an org's bucket, else 1)
     * @param cap      the documented limit per window ({@code 0}: none)
     * @param estimate the limit per window to start from
     */
    public PacedBucket(
            String family,
            ScopeKind kind,
            double share,
            double cap,
            double estimate,
            long windowNanos,
            Duration ceiling) {
        this(family, kind, share, cap, estimate, windowNanos, ceiling, BudgetStore.local());
    }

    /** @param store where the slots and pauses of this bucket are counted with other processes */
    public PacedBucket(
            String family,
            ScopeKind kind,
            double share,
            double cap,
            double estimate,
            long windowNanos,
            Duration ceiling,
            BudgetStore store) {
        this.store = store;
        this.ceiling = ceiling;
        this.family = family;
        this.kind = kind;
        this.share = share;
        this.cap = cap;
        this.window = windowNanos;
        this.gate = new PauseGate(ceiling);
        this.estimate = Math.max(1, cap > 0 ? Math.min(cap, estimate) : estimate);
        this.announced = this.estimate;
        this.seen = this.estimate;
    }

    public String family() {
        return family;
    }

    @Override
    public String name() {
        return (kind == ScopeKind.TOKEN ? "family" : kind.name().toLowerCase(Locale.ROOT)) + ":" + family;
    }

    @Override
    public ScopeKind kind() {
        return kind;
    }

    /** Requests per second this caller sends through the bucket now. */
    public synchronized double pacePerSecond() {
        return share * estimate * 1e9 / window;
    }

    @Override
    public synchronized Decision tryAcquire(long now) {
        Decision held = gate.check(now);
        if (held != null) {
            return held;
        }
        roll(now);
        long interval = (long) (1e9 / pacePerSecond());
        BudgetStore.Reservation reserved = store.reserve(name(), interval);
        countedWithOthers = reserved instanceof BudgetStore.Reservation.Shared;
        if (reserved instanceof BudgetStore.Reservation.Shared shared) {
            if (shared.pauseMark() != 0 && shared.pauseMark() != pauseMark) {
                followRefusal(shared.pauseMark(), now);
            }
            if (shared.waitNanos() > 0) {
                boundInPeriod |= shared.paced();
                return gate.waited(Decision.waitFor(shared.waitNanos()));
            }
            lastSlot = now;
            grants++;
            grantsInPeriod++;
            return Decision.go(new Permit(grants, false));
        }
        interval = (long) (interval * ((BudgetStore.Reservation.Local) reserved).slowdown());
        long allowedAt = lastSlot == Long.MIN_VALUE ? now : lastSlot + interval;
        if (now < allowedAt) {
            return gate.waited(Decision.waitFor(allowedAt - now));
        }
        lastSlot = now - allowedAt < interval ? allowedAt : now;
        grants++;
        grantsInPeriod++;
        return Decision.go(new Permit(grants, false));
    }

    @Override
    public synchronized void onAnswer(
            Permit permit, long sentAt, long now, Optional<RateSignal> signal, boolean throttled) {
        if (!throttled) {
            accepted.add(sentAt);
        }
        roll(now);
    }

    @Override
    public synchronized void onNoAnswer(Permit permit, long now) {
        roll(now);
    }

    /**
     * A refusal: pause, and cut the estimate once per episode (a request that took no permit here, {@link
     * Permit#NONE}, does not cut: the bucket was found by that refusal and its estimate is the sample).
     */
    @Override
    public synchronized boolean pause(Permit permit, long now, Instant wallNow, Duration pause) {
        boolean stopped = gate.pause(now, wallNow, pause);
        if (!stopped) {
            long mark = store.pause(name(), pause); // a stop is this process's: the others meet it themselves
            pauseMark = mark != 0 ? mark : pauseMark;
        }
        roll(now);
        refusedInPeriod = true;
        windowsSinceRefusal = 0;
        lastRefusedAt = now;
        if (permit.seq() > seqAtLastCut) {
            cut();
        }
        sample = Integer.MAX_VALUE;
        sampleOfAll = false;
        return stopped;
    }

    /**
     * Another process sharing the store was refused by this bucket: the estimate steps down here too (once per
     * episode of this process: not again before it has sent since its last cut), as if refused itself.
     */
    private void followRefusal(long mark, long now) {
        pauseMark = mark;
        refusedInPeriod = true;
        windowsSinceRefusal = 0;
        lastRefusedAt = now;
        if (grants > seqAtLastCut) {
            cut();
        }
    }

    /**
     * Another process sharing the store estimates this bucket at {@code other} per window, learned at
     * {@code learnedAt} (on this process's clock). Taken when a tenth higher or more, and newer than this
     * process's last refusal:
     * each process's count of a window that refused it is only its part of what all of them got (the first to
     * find the bucket usually got most), and processes pacing one bucket through the store must pace it from
     * one estimate (a much lower one asks for slots so far apart that it never gets one while the others send).
     * A refusal since then has cut it, and an older, higher estimate does not undo that cut.
     */
    public synchronized boolean adopt(double other, long learnedAt) {
        if (learnedAt <= lastRefusedAt || other < ADOPT * estimate) {
            return false;
        }
        estimate = cap > 0 ? Math.min(cap, other) : other;
        seen = Math.max(seen, estimate);
        announced = estimate;
        return true;
    }

    private void cut() {
        double cut = estimate * (kind.shared() ? STEP_DOWN : OWN_STEP_DOWN);
        boolean onlyAPart = countedWithOthers && !sampleOfAll;
        double left = sample == Integer.MAX_VALUE || onlyAPart ? Double.MAX_VALUE : leftOf(sample);
        estimate = Math.max(1, Math.min(cut, left));
        if (sample != Integer.MAX_VALUE) {
            seen = sample;
        }
        seqAtLastCut = grants;
    }

    /**
     * What the others left in a window that refused this caller after {@code accepted} of its requests. Both
     * spread over the window, the bucket filled a fraction φ of the way (about {@code accepted} ÷ what this
     * caller was sending a window), and the others, at their rate, would have taken {@code 1 / φ} of their share
     * of it: what they left is about {@code accepted × φ}. The count alone says more than was left by as much as
     * the pace overshot (a step up of the others, met at a pace well above what they now leave).
     */
    private double leftOf(int accepted) {
        // counted for every process, what they were sending together is the shared pace, not this one's grants
        double sending =
                Math.max(accepted, sampleOfAll ? share * estimate : Math.min(share * estimate, grantsLastPeriod));
        return UNDER_LEFT * accepted * Math.min(1.0, accepted / Math.max(1.0, sending));
    }

    /** Requests of this bucket sent at or after {@code since} and accepted (a sample of what was left). */
    public synchronized int acceptedSince(long since) {
        return accepted.countSince(since);
    }

    /** The window about to be refused got {@code counted} of this caller's requests accepted. */
    public synchronized void sampled(int counted) {
        sample = counted;
        sampleOfAll = false;
    }

    /**
     * The window about to be refused got {@code counted} requests accepted from every process sharing the store
     * (its count of each process's accepted requests): what they were left together, so a refusal cuts to it as
     * one caller's does, and not by {@value #STEP_DOWN} only.
     */
    public synchronized void sampledByAll(int counted) {
        sample = counted;
        sampleOfAll = true;
    }

    public synchronized double estimate() {
        return estimate;
    }

    /** The documented (or measured) limit per window, else the estimate. */
    public synchronized double limit() {
        return cap > 0 ? cap : estimate;
    }

    public long windowNanos() {
        return window;
    }

    public boolean documented() {
        return cap > 0;
    }

    /**
     * What is known now, as a limit to keep between runs: a shared bucket's estimate (it ages), a token's own
     * bucket's limit (not a cut estimate, which would shrink night after night).
     */
    public synchronized LearnedLimit learned(Instant at) {
        double known = kind.shared() ? estimate : limit();
        return new LearnedLimit(
                family,
                (int) Math.max(1, Math.round(known)),
                Duration.ofNanos(Math.max(1_000_000_000L, window)),
                at,
                kind,
                true);
    }

    /** The estimate, when it moved by a tenth or more since it was last announced. */
    public synchronized Optional<LearnedLimit> announce(Instant at) {
        if (Math.abs(estimate - announced) < ANNOUNCE * announced) {
            return Optional.empty();
        }
        announced = estimate;
        return Optional.of(learned(at));
    }

    @Override
    public synchronized ScopeState snapshot() {
        return new ScopeState(
                name(),
                kind,
                share * limit() * 1e9 / window,
                pacePerSecond(),
                Double.NaN,
                1.0,
                gate.pausedTotal(),
                gate.stopped(),
                gate.waitedTotal());
    }

    /** The estimate raised by {@code step}, and by one request a window at least (a small one grows too). */
    private double grown(double step) {
        return Math.max(estimate + 1, estimate * (1 + step));
    }

    /** Closes the windows of {@code W} that ended by {@code now}: each refusal-free, used one probes upward. */
    private void roll(long now) {
        if (periodStart == Long.MIN_VALUE) {
            periodStart = now;
            return;
        }
        while (now >= periodStart + window) {
            boolean used = grantsInPeriod >= USED * share * estimate || boundInPeriod;
            if (!refusedInPeriod && used && windowsSinceRefusal >= HOLD_WINDOWS) {
                double step = windowsSinceRefusal < SLOW_WINDOWS ? SLOW_PROBE : FAST_PROBE;
                if (cap > 0) {
                    estimate = Math.min(cap, grown(step));
                } else if (share * estimate < seen) {
                    estimate = Math.min(seen / share, grown(TOWARD_SEEN));
                } else {
                    estimate = grown(DISCOVER);
                    seen = share * estimate;
                }
            }
            if (!refusedInPeriod) {
                windowsSinceRefusal++;
            }
            refusedInPeriod = false;
            boundInPeriod = false;
            grantsLastPeriod = now - periodStart < 2 * window ? grantsInPeriod : 0;
            grantsInPeriod = 0;
            periodStart = now - periodStart > 2 * window ? now : periodStart + window;
        }
    }
}
