package dev.gcsync.governor;

import dev.gcsync.governor.internal.BurstSchedule;
import dev.gcsync.governor.internal.QuotaWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One rate-limit bucket of the server (a token, or an endpoint family with its own bucket): decides when
 * each request may go. It never waits itself: {@link #tryAcquire(long)} answers with a {@link Decision}.
 *
 * <p>Pacing: with a known window, permits are spaced {@code (reset − now) / remaining}, so the remaining
 * quota is spread until the reset; when the reset has passed, one probe request at a time goes until an
 * answer describes the new window. Without a window, permits are spaced {@code 1 / baseRate} (the
 * configured/learned rate, or the conservative start rate). After a 429 every caller waits until
 * {@code Retry-After}, then the rate is capped at {@code factor × allowed} with the factor cut by
 * {@code decreaseFactor} (once per 429 episode) and grown back by {@code increasePerSecond}. A bucket
 * measured from its refusals ({@link #adoptMeasuredBucket}) is paced by a {@link BurstSchedule} instead.
 *
 * <p>Thread safety: every method is {@code synchronized} on the scope; {@link #snapshot()} copies.
 */
public final class RateScope {
    /** A granted request; hand it back to {@link #onAnswer} or {@link #onNoAnswer}. */
    public record Permit(long seq, boolean probe) {
    }

    /** A copy of the scope's state for metrics. */
    public record State(String name, double allowedRate, double pacedRate, double remaining, double rateFactor,
                        long pausedNanosTotal, boolean stopped) {
    }

    private static final double MIN_FACTOR = 0.05;

    private final String name;
    private final GovernorConfig config;
    private final QuotaWindow window = new QuotaWindow();
    private double learnedRate;
    private double factor = 1.0;
    private long lastFactorUpdate;
    private long seqAtLastDecrease = -1;
    private long lastSlot = Long.MIN_VALUE;
    private long pausedUntil = Long.MIN_VALUE;
    private long pausedTotal;
    private long stoppedUntil = Long.MIN_VALUE;
    private Instant retryAt = Instant.EPOCH;
    private long grants;
    private boolean probeOut;
    private long lastInterval;
    private BurstSchedule schedule;

    public RateScope(String name, GovernorConfig config) {
        this.name = name;
        this.config = config;
        this.learnedRate = config.knownRate().orElse(0.0);
    }

    public String name() {
        return name;
    }

    /** Go now, or how long to wait before asking again, or stop. */
    public synchronized Decision tryAcquire(long now) {
        if (now < stoppedUntil) {
            return Decision.stop(retryAt);
        }
        if (now < pausedUntil) {
            return Decision.waitFor(pausedUntil - now);
        }
        if (schedule != null) {
            long wait = schedule.waitNanos(now);
            if (wait > 0) {
                return Decision.waitFor(wait);
            }
            grants++;
            schedule.grant(now, grants);
            return Decision.go(new Permit(grants, false));
        }
        boolean probe = false;
        long interval;
        if (window.exhausted(now)) {
            return Decision.waitFor(window.resetAt() - now);
        } else if (window.expired(now)) {
            if (probeOut) {
                return Decision.waitFor(baseIntervalNanos());
            }
            probe = true;
            interval = 0;
        } else if (window.known()) {
            interval = window.spreadIntervalNanos(now);
        } else {
            interval = baseIntervalNanos();
        }
        interval = Math.max(interval, aimdFloorNanos());
        long allowedAt = lastSlot == Long.MIN_VALUE || probe ? now : lastSlot + interval;
        if (now < allowedAt) {
            return Decision.waitFor(allowedAt - now);
        }
        // A caller that woke a little late keeps its slot, so lateness does not add up; after idling, none.
        lastSlot = now - allowedAt < interval ? allowedAt : now;
        lastInterval = interval;
        window.consume();
        grants++;
        probeOut |= probe;
        return Decision.go(new Permit(grants, probe));
    }

    /** An answer came back (any status); {@code signal} is what its headers said of this bucket. */
    public synchronized void onAnswer(Permit permit, long now, Optional<RateSignal> signal, boolean throttled) {
        if (schedule != null) {
            schedule.onBack(permit.seq(), now);
        }
        if (permit.probe()) {
            probeOut = false;
            if (signal.isEmpty() && !throttled) {
                window.forget();
            }
        }
        signal.ifPresent(s -> window.observe(s, now, grants - permit.seq()));
        if (!throttled) {
            growFactor(now);
        }
    }

    /** A signal for this scope from an answer to a request that took no permit here. */
    public synchronized void onSignal(long now, RateSignal signal) {
        window.observe(signal, now, 0);
    }

    /** The attempt got no answer (timeout, reset) or was never sent: probe and burst-window bookkeeping. */
    public synchronized void onNoAnswer(Permit permit, long now) {
        if (schedule != null) {
            schedule.onBack(permit.seq(), now);
        }
        if (permit.probe()) {
            probeOut = false;
        }
    }

    /**
     * A 429: pause every caller for {@code pause} (the Retry-After, or the caller's backoff when the header
     * was missing or unreadable), or stop when it exceeds the ceiling. Returns true when stopped.
     */
    public synchronized boolean onThrottled(Permit permit, long now, Instant wallNow, Duration pause) {
        long pauseNanos = pause.toNanos();
        if (pause.compareTo(config.retryAfterCeiling()) > 0) {
            stoppedUntil = Math.max(stoppedUntil, now + pauseNanos);
            retryAt = wallNow.plus(pause);
            return true;
        }
        long until = now + pauseNanos;
        if (until > pausedUntil) {
            pausedTotal += until - Math.max(now, pausedUntil);
            pausedUntil = until;
        }
        window.exhaust(until);
        if (schedule != null) {
            schedule.restart();
        }
        if (permit.seq() > seqAtLastDecrease) {
            growFactor(now);
            factor = Math.max(MIN_FACTOR, factor * config.decreaseFactor());
            seqAtLastDecrease = grants;
        }
        return false;
    }

    /**
     * Takes a bucket measured from its refusals. With {@code burst}, requests go by {@link BurstSchedule}
     * (up to {@code limit} per {@code window}, plus {@code guard}); without, evenly at {@code perSecond}. The
     * AIMD cut of the refusal that led to the measurement is not applied on top.
     */
    public synchronized void adoptMeasuredBucket(int limit, long windowNanos, long guardNanos, boolean burst,
                                                 double perSecond) {
        learnedRate = perSecond;
        if (!burst) {
            schedule = null;
        } else if (schedule == null) {
            schedule = new BurstSchedule(limit, windowNanos, guardNanos);
        } else {
            schedule.resize(limit, windowNanos, guardNanos);
        }
        factor = 1.0;
        seqAtLastDecrease = grants;
    }

    /** The headers that fed this scope described another bucket: forget the window and its limit. */
    public synchronized void forgetWindow() {
        window.reset();
        probeOut = false;
    }

    /** By this scope's own count, its current window has at least a tenth of its limit left. */
    public synchronized boolean hasRoom(long now) {
        return window.hasRoom(now, 0.1);
    }

    /** Takes a rate read from a limits API (permits per second). */
    public synchronized void learnRate(double perSecond) {
        if (perSecond > 0) {
            learnedRate = perSecond;
        }
    }

    /** The allowed rate per second: from the window's headers, else the learned/configured rate, else 0. */
    public synchronized double allowedRate() {
        double fromWindow = window.allowedRatePerSecond();
        return fromWindow > 0 ? fromWindow : learnedRate;
    }

    /** The window length learned from the headers (the longest reset seen), or 0. */
    public synchronized long windowNanos() {
        return window.windowNanos();
    }

    /** The limit per window the headers last gave, or 0. */
    public synchronized long windowLimit() {
        return window.limit();
    }

    public synchronized State snapshot() {
        double paced = schedule != null ? learnedRate : lastInterval > 0 ? 1e9 / lastInterval : 0;
        return new State(name, allowedRate(), paced, window.remaining(), factor, pausedTotal,
                stoppedUntil != Long.MIN_VALUE);
    }

    private long baseIntervalNanos() {
        double rate = allowedRate();
        return (long) (1e9 / (rate > 0 ? rate : config.startRate()));
    }

    private long aimdFloorNanos() {
        if (factor >= 1.0) {
            return 0;
        }
        double rate = allowedRate() > 0 ? allowedRate() : config.startRate();
        return (long) (1e9 / (factor * rate));
    }

    private void growFactor(long now) {
        if (factor < 1.0) {
            double seconds = Math.max(0, now - lastFactorUpdate) / 1e9;
            factor = Math.min(1.0, factor + config.increasePerSecond() * seconds);
        }
        lastFactorUpdate = now;
    }
}
