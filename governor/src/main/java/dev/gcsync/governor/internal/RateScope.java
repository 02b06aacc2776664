package dev.gcsync.governor.internal;

import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One token's bucket whose windows the rate headers describe (the token's, or a route bucket), or a hidden
 * bucket of the token measured exactly from its refusals (paced by a {@link BurstSchedule}).
 *
 * <p>Pacing: with a known window, permits are spaced {@code (reset − now) / remaining}, so the remaining
 * quota is spread until the reset; when the reset has passed, one probe request at a time goes until an
 * answer describes the new window. Without a window, permits are spaced {@code 1 / baseRate} (the
 * configured/documented rate, or the conservative start rate). After a 429 every caller waits until
 * {@code Retry-After}, then the rate is capped at {@code factor × allowed} with the factor cut by
 * {@code decreaseFactor} (once per 429 episode) and grown back by {@code increasePerSecond}.
 *
 * <p>Thread safety: every method is {@code synchronized} on the scope; {@link #snapshot()} copies.
 */
public final class RateScope implements Scope {
    private static final double MIN_FACTOR = 0.05;

    private final String name;
    private final GovernorConfig config;
    private final QuotaWindow window = new QuotaWindow();
    private final PauseGate gate;
    private final TokenSlots slots;
    private double knownRate;
    private double factor = 1.0;
    private long lastFactorUpdate;
    private long seqAtLastDecrease = -1;
    private long lastSlot = Long.MIN_VALUE;
    private long grants;
    private boolean probeOut;
    private long lastInterval;
    private BurstSchedule schedule;

    public RateScope(String name, GovernorConfig config) {
        this(name, config, TokenSlots.NONE);
    }

    /** @param slots where the processes that send this token take the bucket's slots together (or none) */
    RateScope(String name, GovernorConfig config, TokenSlots slots) {
        this.name = name;
        this.config = config;
        this.gate = new PauseGate(config.retryAfterCeiling());
        this.knownRate = config.knownRate().orElse(0.0);
        this.slots = slots;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ScopeKind kind() {
        return ScopeKind.TOKEN;
    }

    @Override
    public synchronized Decision tryAcquire(long now) {
        Decision held = gate.check(now);
        if (held != null) {
            return held;
        }
        if (schedule != null) {
            long wait = schedule.waitNanos(now);
            if (wait == 0) {
                wait = slots.waitNanos(schedule.spreadNanos(), 0, lastSlot, now);
            }
            if (wait > 0) {
                return gate.waited(Decision.waitFor(wait));
            }
            lastSlot = now;
            grants++;
            schedule.grant(now, grants);
            return Decision.go(new Permit(grants, false));
        }
        boolean probe = false;
        long interval;
        if (window.exhausted(now)) {
            return gate.waited(Decision.waitFor(window.resetAt() - now));
        } else if (window.expired(now)) {
            if (probeOut) {
                return gate.waited(Decision.waitFor(baseIntervalNanos()));
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
            return gate.waited(Decision.waitFor(allowedAt - now));
        }
        long shared = slots.waitNanos(interval, allowedRate(), lastSlot, now);
        if (shared > 0) {
            return gate.waited(Decision.waitFor(shared));
        }
        // A caller that woke a little late keeps its slot, so lateness does not add up; after idling, none.
        lastSlot = now - allowedAt < interval ? allowedAt : now;
        lastInterval = interval;
        window.consume();
        grants++;
        probeOut |= probe;
        return Decision.go(new Permit(grants, probe));
    }

    @Override
    public synchronized void onAnswer(
            Permit permit, long sentAt, long now, Optional<RateSignal> signal, boolean throttled) {
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

    @Override
    public synchronized void onNoAnswer(Permit permit, long now) {
        if (schedule != null) {
            schedule.onBack(permit.seq(), now);
        }
        if (permit.probe()) {
            probeOut = false;
        }
    }

    @Override
    public synchronized boolean pause(Permit permit, long now, Instant wallNow, Duration pause) {
        if (gate.pause(now, wallNow, pause)) {
            return true;
        }
        slots.pause(pause);
        window.exhaust(gate.pausedUntil());
        if (schedule != null) {
            schedule.restart();
        } else if (permit.seq() > seqAtLastDecrease) {
            growFactor(now);
            factor = Math.max(MIN_FACTOR, factor * config.decreaseFactor());
            seqAtLastDecrease = grants;
        }
        return false;
    }

    /**
     * Takes a bucket measured exactly from its refusals: up to {@code limit} per {@code window} by a
     * {@link BurstSchedule} (plus {@code guard}). The AIMD cut of the refusal that led to it is not applied.
     */
    public synchronized void adoptMeasuredBucket(int limit, long windowNanos, long guardNanos, double perSecond) {
        knownRate = perSecond;
        if (schedule == null) {
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

    /** Takes a rate documented by the limits API or inherited (permits per second). */
    public synchronized void knowRate(double perSecond) {
        if (perSecond > 0) {
            knownRate = perSecond;
        }
    }

    /** The allowed rate per second: from the window's headers, else the known rate, else 0. */
    public synchronized double allowedRate() {
        double fromWindow = window.allowedRatePerSecond();
        return fromWindow > 0 ? fromWindow : knownRate;
    }

    /** The window length learned from the headers (the longest reset seen), or 0. */
    public synchronized long windowNanos() {
        return window.windowNanos();
    }

    /** The limit per window the headers last gave, or 0. */
    public synchronized long windowLimit() {
        return window.limit();
    }

    @Override
    public synchronized ScopeState snapshot() {
        double paced = schedule != null ? knownRate : lastInterval > 0 ? 1e9 / lastInterval : 0;
        return new ScopeState(
                name,
                ScopeKind.TOKEN,
                allowedRate(),
                paced,
                window.remaining(),
                factor,
                gate.pausedTotal(),
                gate.stopped(),
                gate.waitedTotal());
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
