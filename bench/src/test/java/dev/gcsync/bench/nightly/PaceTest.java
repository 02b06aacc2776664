package dev.gcsync.bench.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceTest {
    private static final long MS = 1_000_000L;

    /** Samples every 250 ms from t = 1000 ms of a cumulative count that grows by {@code perWindow[i]} in window i. */
    private static List<PaceSampler.Sample> samples(long... perWindow) {
        List<PaceSampler.Sample> out = new ArrayList<>();
        long total = 0;
        out.add(new PaceSampler.Sample(1000 * MS, 0));
        for (int w = 0; w < perWindow.length; w++) {
            for (int q = 1; q <= 20; q++) { // 20 samples of 250 ms = one 5 s window
                long t = 1000 + w * 5000L + q * 250L;
                out.add(new PaceSampler.Sample(t * MS, total + perWindow[w] * q / 20));
            }
            total += perWindow[w];
        }
        return out;
    }

    @Test
    void windowsAreCountedFromTheStartAndAPartialLastWindowIsLeftOut() {
        List<PaceSampler.Sample> s = new ArrayList<>(samples(20, 20, 9));
        s.add(new PaceSampler.Sample((1000 + 15_000 + 2000) * MS, 52)); // 2 s into a fourth window
        assertThat(Pace.perWindow(s, 1000 * MS, 5000 * MS)).containsExactly(20L, 20L, 9L);
        assertThat(Pace.perWindow(s, 0, 5000 * MS)).isEmpty(); // the background never started
    }

    @Test
    void followingAStepDownOrUpCountsTheWindowsAfterTheStepsWindow() {
        List<Long> windows = List.of(15L, 15L, 15L, 14L, 9L, 9L, 9L, 12L, 16L, 19L);
        assertThat(Pace.windowsToFollow(windows, 2, 9, true)).isEqualTo(2); // ≤ 9.9 first in window 4
        assertThat(Pace.windowsToFollow(windows, 6, 19, false)).isEqualTo(3); // ≥ 17.1 first in window 9
        assertThat(Pace.windowsToFollow(windows, 6, 30, false)).isNull(); // never
        assertThat(Pace.windowsToFollow(windows, 9, 9, true)).isNull(); // nothing after the step
    }
}
