package dev.gcsync.governor.internal;

import dev.gcsync.governor.LearnedLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * One endpoint family's bucket that the rate headers do not describe, as seen by one token: a fixed window of
 * unknown limit and length, measured from what the family got accepted and from the {@code Retry-After} of its
 * refusals. Genesys documents neither where such a bucket counts nor how its windows are placed.
 *
 * <p>What a refusal says, whatever the model: {@code Retry-After} is whole seconds rounded up, so a refusal
 * sent at {@code s}, answered at {@code a}, with {@code Retry-After: R} says the window ends within
 * {@code (s + R − 1 s, a + R]}. The first hypothesis tried is the cheapest to use: a window of this token alone
 * that opens at the first request after the previous one closed, which makes the next window's start known
 * after a pause (the family's first request then) and the limit exact (the requests accepted since). The
 * family is then paced in bursts ({@link BurstSchedule}). A refusal while so paced, of a measurement that was
 * exact, says the hypothesis is wrong (windows aligned to the clock, say, which bursts straddle): the family is
 * then paced evenly, under both the new count and the refused pace; a bucket paced evenly and still refused
 * after clearly fewer than it allows is someone else's too ({@link Refusals}).
 *
 * <p>Not thread-safe: {@link Scopes} locks it.
 */
final class HiddenBucket {
    static final long SECOND = 1_000_000_000L;
    /** Paced evenly because its windows are not ours to open: this share of the count, and ... */
    static final double UNDER = 0.97;
    /** ... this share of the pace that was refused (the count's window is known within a second only). */
    static final double SPREAD = 0.9;

    /** {@code limit} per {@code windowNanos}, paced in bursts at {@code ratePerSecond}. */
    record Measurement(int limit, long windowNanos, double ratePerSecond) {
        static Measurement bursts(int limit, long windowNanos) {
            return new Measurement(
                    limit, windowNanos, LearnedLimit.pacedRatePerSecond(limit, Duration.ofNanos(windowNanos)));
        }
    }

    /**
     * What one refusal taught: a (new) measurement; {@code contradicted} when an exact one was refused anyway,
     * then to be paced evenly (its {@code ratePerSecond} under both the count and the refused pace).
     */
    record Finding(Optional<Measurement> measured, boolean contradicted, int counted, long windowNanos) {
        static final Finding NOTHING = new Finding(Optional.empty(), false, 0, 0);
    }

    private final AcceptedLog accepted = new AcceptedLog();
    private long firstSent = Long.MAX_VALUE;
    private long pauseEnd = Long.MIN_VALUE;
    private long windowStart = Long.MAX_VALUE;
    private int limit;
    private long windowLo;
    private long windowHi = Long.MAX_VALUE;
    private Measurement measured;
    private boolean exact;
    /** The last count: accepted requests sent since countedFrom, as logged when the refusal came back. */
    private long countedFrom = Long.MAX_VALUE;
    /**
     * An accepted answer that comes back after the refusal, of a request sent from here on, was in the window
     * counted: countedFrom, or the end of the pause before (the window's first request may be answered last).
     */
    private long countFloor = Long.MAX_VALUE;

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
        if (measured != null && sentAt >= countFloor && sentAt < refusalAnswered) {
            limit++;
            measured = Measurement.bursts(limit, measured.windowNanos());
            return Optional.of(measured);
        }
        return Optional.empty();
    }

    /** Starts from an exact measurement of an earlier run. */
    void preload(int knownLimit, long windowNanos) {
        limit = knownLimit;
        windowLo = 0;
        windowHi = windowNanos;
        measured = Measurement.bursts(knownLimit, windowNanos);
        exact = true;
    }

    Optional<Measurement> measured() {
        return Optional.ofNullable(measured);
    }

    /** Accepted requests of the family sent at or after {@code since}. */
    synchronized int acceptedSince(long since) { // read outside the owner's lock too, while answers add to the log
        return accepted.countSince(since);
    }

    /**
     * A refusal of a request sent at {@code sentAt} and answered at {@code answeredAt} with
     * {@code Retry-After} of {@code retryAfterNanos}; {@code tokenWindowNanos} is the token's window length
     * (0 if unknown). Nothing is found when the refusal belongs to an episode already measured (the request
     * was sent before the previous pause ended) or nothing could be counted.
     */
    Finding onRefused(long sentAt, long answeredAt, long retryAfterNanos, long tokenWindowNanos) {
        if (pauseEnd != Long.MIN_VALUE && sentAt < pauseEnd) {
            return Finding.NOTHING;
        }
        long endHi = answeredAt + retryAfterNanos;
        long endLo = sentAt + retryAfterNanos - SECOND;
        long episodeStart = pauseEnd;
        int count;
        long lo;
        long hi;
        boolean startKnown = windowStart != Long.MAX_VALUE;
        if (startKnown) {
            count = accepted.countSince(windowStart);
            countedFrom = windowStart;
            countFloor = episodeStart;
            lo = endLo - windowStart;
            hi = endHi - windowStart;
            if (count == limit && Math.max(lo, windowLo) < Math.min(hi, windowHi)) {
                lo = Math.max(lo, windowLo); // the same bucket seen again: narrow its length down
                hi = Math.min(hi, windowHi);
            }
        } else if (firstSent != Long.MAX_VALUE && (tokenWindowNanos <= 0 || firstSent >= endLo - tokenWindowNanos)) {
            count = accepted.countSince(firstSent);
            countedFrom = firstSent;
            countFloor = episodeStart;
            lo = endLo - firstSent;
            hi = endHi - firstSent;
        } else {
            count = tokenWindowNanos > 0 ? accepted.countSince(endLo - tokenWindowNanos) : 0;
            countedFrom = endLo - tokenWindowNanos;
            countFloor = countedFrom;
            lo = 0;
            hi = tokenWindowNanos;
        }
        pauseEnd = endHi;
        refusalAnswered = answeredAt;
        windowStart = Long.MAX_VALUE;
        if (count < 1) {
            return Finding.NOTHING;
        }
        boolean contradicted = measured != null && exact;
        Measurement refused = measured;
        limit = count;
        windowLo = lo;
        windowHi = Math.max(hi, SECOND);
        long paceWindow = tokenWindowNanos > windowLo && tokenWindowNanos <= windowHi ? tokenWindowNanos : windowHi;
        measured = Measurement.bursts(count, paceWindow);
        exact = startKnown;
        if (!contradicted) {
            return new Finding(Optional.of(measured), false, count, paceWindow);
        }
        // paced in bursts as measured and refused anyway: the windows do not open at our first request (aligned
        // to the clock, say); pace evenly under both this count (when it is of one window: the refusal may come
        // windows after the pause) and the refused pace
        boolean oneWindow = hi <= refused.windowNanos() + 2 * SECOND;
        double rate = SPREAD * refused.ratePerSecond();
        int perWindow = refused.limit();
        if (oneWindow) {
            rate = Math.min(rate, UNDER * count * 1e9 / paceWindow);
            perWindow = count;
        }
        long window = (long) Math.ceil(perWindow * 1e9 / rate);
        return new Finding(Optional.of(new Measurement(perWindow, window, rate)), true, count, window);
    }

    /** The limit of the latest measurement (0 if none). */
    int limit() {
        return measured == null ? 0 : measured.limit();
    }
}
