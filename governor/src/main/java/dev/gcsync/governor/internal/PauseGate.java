package dev.gcsync.governor.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The pause and the stop of one scope after a 429: every caller waits until {@code pausedUntil}; a pause beyond
 * the ceiling stops the scope until then instead. Also counts the time it told callers to wait. Not
 * thread-safe: its scope locks it.
 */
final class PauseGate {
    private final Duration ceiling;
    private long pausedUntil = Long.MIN_VALUE;
    private long pausedTotal;
    private long stoppedUntil = Long.MIN_VALUE;
    private Instant retryAt = Instant.EPOCH;
    private long waitedTotal;

    PauseGate(Duration ceiling) {
        this.ceiling = ceiling;
    }

    /** A stop or a pause in force at {@code now}, or null. */
    Decision check(long now) {
        if (now < stoppedUntil) {
            return Decision.stop(retryAt);
        }
        if (now < pausedUntil) {
            return waited(Decision.waitFor(pausedUntil - now));
        }
        return null;
    }

    /** Counts a wait handed out (the scope that waited most bound the run). */
    Decision waited(Decision d) {
        waitedTotal += d.waitNanos();
        return d;
    }

    /** Pauses until {@code now + pause}, or stops when it exceeds the ceiling; true when stopped. */
    boolean pause(long now, Instant wallNow, Duration pause) {
        long pauseNanos = pause.toNanos();
        if (pause.compareTo(ceiling) > 0) {
            stoppedUntil = Math.max(stoppedUntil, now + pauseNanos);
            retryAt = wallNow.plus(pause);
            return true;
        }
        long until = now + pauseNanos;
        if (until > pausedUntil) {
            pausedTotal += until - Math.max(now, pausedUntil);
            pausedUntil = until;
        }
        return false;
    }

    long pausedUntil() {
        return pausedUntil;
    }

    long pausedTotal() {
        return pausedTotal;
    }

    long waitedTotal() {
        return waitedTotal;
    }

    boolean stopped() {
        return stoppedUntil != Long.MIN_VALUE;
    }
}
