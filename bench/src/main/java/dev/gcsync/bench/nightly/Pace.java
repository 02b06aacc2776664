package dev.gcsync.bench.nightly;

import java.util.ArrayList;
import java.util.List;

/**
 * Window by window, the writes a contender got through an org bucket, and how many windows it took to follow
 * the background's steps: down (the others want more) until a window holds at most 110% of its share of what
 * is left, up (the others want less) until a window holds at least 90% of it. Pure functions of the samples.
 */
final class Pace {
    private Pace() {}

    /**
     * Writes per whole window from {@code startNanos} (a last partial window is left out); a boundary reads the
     * last sample at or before it.
     */
    static List<Long> perWindow(List<PaceSampler.Sample> samples, long startNanos, long windowNanos) {
        List<Long> out = new ArrayList<>();
        if (samples.isEmpty() || startNanos == 0) {
            return out;
        }
        long end = samples.get(samples.size() - 1).nanos();
        long previous = at(samples, startNanos);
        for (long from = startNanos; from + windowNanos <= end; from += windowNanos) {
            long now = at(samples, from + windowNanos);
            out.add(now - previous);
            previous = now;
        }
        return out;
    }

    private static long at(List<PaceSampler.Sample> samples, long nanos) {
        long value = 0;
        for (PaceSampler.Sample s : samples) {
            if (s.nanos() > nanos) {
                break;
            }
            value = s.writes();
        }
        return value;
    }

    /**
     * Windows after the one holding {@code stepWindow}'s start until the first whose writes are at most
     * {@code 1.1 × target} (down) or at least {@code 0.9 × target} (up); null when no window after the step does
     * (the contender finished first, or never followed).
     */
    static Integer windowsToFollow(List<Long> perWindow, int stepWindow, double target, boolean down) {
        for (int i = stepWindow + 1; i < perWindow.size(); i++) {
            long n = perWindow.get(i);
            if (down ? n <= Math.ceil(1.1 * target) : n >= Math.floor(0.9 * target)) {
                return i - stepWindow;
            }
        }
        return null;
    }
}
