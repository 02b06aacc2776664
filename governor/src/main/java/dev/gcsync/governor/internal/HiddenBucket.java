package dev.gcsync.governor.internal;

import dev.gcsync.governor.LearnedLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * One endpoint family's bucket that the rate headers do not describe: a fixed window of unknown limit and
 * length, measured from what the family got accepted and from the {@code Retry-After} of its refusals.
 *
 * <p>Model: a window opens at the first request after the previous one closed (the emulator's buckets;
 * Genesys documents nothing). {@code Retry-After} is whole seconds rounded up, so a refusal sent at
 * {@code s}, answered at {@code a}, with {@code Retry-After: R} says the window ends within
 * {@code (s + R − 1 s, a + R]}.
 * <ul>
 * <li>After a refusal the family pauses for the whole {@code Retry-After}, so the next window opens at the
 *     family's first request after the pause: its start is known, and a refusal in that window gives the
 *     limit exactly (the requests accepted since it opened) and the length within a second.</li>
 * <li>At the first refusal no start is known. If the family's first request lies within one token window
 *     of the refusal, the bucket's window is taken to have opened there (it did if the family has only just
 *     started); otherwise the last token window's worth of accepted requests is counted.</li>
 * </ul>
 * The window length paced with is the token's when the measurement allows it (a bucket most likely shares
 * the token's window length), else the upper bound. The family is then paced window by window: up to the
 * limit at once, the next window after this one's end plus a guard ({@link LearnedLimit#guard}). A refusal
 * while so paced means the bucket does not work as measured (its windows may be aligned to the clock): the
 * family is paced evenly from then on, at most {@value #REFUSED_CAP} × the refused pace, for good.
 *
 * <p>Not thread-safe: {@link Scopes} locks it.
 */
final class HiddenBucket {
    static final long SECOND = 1_000_000_000L;
    /** Even pacing (after a refused burst) keeps this share of the measured rate. */
    static final double SHARE = 0.97;
    /** A measured pace that was refused anyway: 10% below it, whatever later measurements say. */
    static final double REFUSED_CAP = 0.9;

    /**
     * What one measurement found: {@code limit} per {@code windowNanos}, to be paced by bursts of a window
     * each ({@code burst}) or evenly at {@code ratePerSecond}.
     */
    record Measurement(int limit, long windowNanos, boolean burst, double ratePerSecond) {
        static Measurement bursts(int limit, long windowNanos) {
            return new Measurement(limit, windowNanos, true,
                    LearnedLimit.pacedRatePerSecond(limit, Duration.ofNanos(windowNanos)));
        }
    }

    private final AcceptedLog accepted = new AcceptedLog();
    private long firstSent = Long.MAX_VALUE;
    private long pauseEnd = Long.MIN_VALUE;
    private long windowStart = Long.MAX_VALUE;
    private int limit;
    private long windowLo;
    private long windowHi = Long.MAX_VALUE;
    private double cap = Double.MAX_VALUE;
    private Measurement measured;
    /** The last count: accepted requests sent since countedFrom, as logged when the refusal came back. */
    private long countedFrom = Long.MAX_VALUE;
    private long refusalAnswered = Long.MIN_VALUE;

    /**
     * A request of the family sent at {@code sentAt} was accepted. Returns the corrected measurement when it
     * was sent inside the window just measured before the refusal came back, and is answered after it: the
     * count had missed it (it was still in flight, so it was counted in the window that refused).
     */
    Optional<Measurement> onAccepted(long sentAt) {
        accepted.add(sentAt);
        firstSent = Math.min(firstSent, sentAt);
        if (pauseEnd != Long.MIN_VALUE && sentAt >= pauseEnd) {
            windowStart = Math.min(windowStart, sentAt);
        }
        if (measured != null && measured.burst() && sentAt >= countedFrom && sentAt < refusalAnswered) {
            limit++;
            measured = Measurement.bursts(limit, measured.windowNanos());
            return Optional.of(measured);
        }
        return Optional.empty();
    }

    /** Starts from a measurement of an earlier run. */
    void preload(int knownLimit, long windowNanos) {
        limit = knownLimit;
        windowLo = 0;
        windowHi = windowNanos;
        measured = Measurement.bursts(knownLimit, windowNanos);
    }

    /** The latest measurement, if any. */
    Optional<Measurement> measured() {
        return Optional.ofNullable(measured);
    }

    /**
     * A refusal of a request sent at {@code sentAt} and answered at {@code answeredAt} with
     * {@code Retry-After} of {@code retryAfterNanos}; {@code tokenWindowNanos} is the token's window length
     * (0 if unknown). Returns a new measurement, or empty when the refusal belongs to an episode already
     * measured (the request was sent before the previous pause ended) or nothing could be counted.
     */
    Optional<Measurement> onRefused(long sentAt, long answeredAt, long retryAfterNanos, long tokenWindowNanos) {
        if (pauseEnd != Long.MIN_VALUE && sentAt < pauseEnd) {
            return Optional.empty();
        }
        long endHi = answeredAt + retryAfterNanos;
        long endLo = sentAt + retryAfterNanos - SECOND;
        int count;
        long lo;
        long hi;
        if (windowStart != Long.MAX_VALUE) {
            count = accepted.countSince(windowStart);
            countedFrom = windowStart;
            lo = endLo - windowStart;
            hi = endHi - windowStart;
            if (count == limit && Math.max(lo, windowLo) < Math.min(hi, windowHi)) {
                lo = Math.max(lo, windowLo); // the same bucket seen again: narrow its length down
                hi = Math.min(hi, windowHi);
            }
        } else if (firstSent != Long.MAX_VALUE && (tokenWindowNanos <= 0 || firstSent >= endLo - tokenWindowNanos)) {
            count = accepted.countSince(firstSent);
            countedFrom = firstSent;
            lo = endLo - firstSent;
            hi = endHi - firstSent;
        } else {
            count = tokenWindowNanos > 0 ? accepted.countSince(endLo - tokenWindowNanos) : 0;
            countedFrom = endLo - tokenWindowNanos;
            lo = 0;
            hi = tokenWindowNanos;
        }
        pauseEnd = endHi;
        refusalAnswered = answeredAt;
        windowStart = Long.MAX_VALUE;
        if (count < 1) {
            return Optional.empty();
        }
        boolean refusedAtMeasuredPace = measured != null;
        if (refusedAtMeasuredPace) {
            cap = Math.min(cap, REFUSED_CAP * measured.ratePerSecond());
        }
        limit = count;
        windowLo = lo;
        windowHi = Math.max(hi, SECOND);
        long paceWindow = tokenWindowNanos > windowLo && tokenWindowNanos <= windowHi ? tokenWindowNanos : windowHi;
        if (!refusedAtMeasuredPace) {
            measured = Measurement.bursts(count, paceWindow);
        } else {
            // the bucket does not behave as measured (its windows may not open at the first request): pace evenly
            double rate = Math.min(SHARE * count * 1e9 / paceWindow, cap);
            measured = new Measurement(count, Math.max(paceWindow, (long) Math.ceil(count * 1e9 / rate)), false, rate);
        }
        return Optional.of(measured);
    }
}
