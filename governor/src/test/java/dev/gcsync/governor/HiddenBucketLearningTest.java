package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * An endpoint family meets a bucket that the headers do not describe (the token's window has room), with
 * whole-second {@code Retry-After} and windows of 5–60 s, in virtual time: the governor finds the limit
 * within two refusals (the first, at most one more) and then paces just under it.
 */
class HiddenBucketLearningTest {
    private static final long S = 1_000_000_000L;

    private record Run(HiddenBucketServer server, Governor governor, long acceptedInLastWindows, long lastWindows) {}

    private static Run run(
            int limit,
            int windowSeconds,
            int tokenWindowSeconds,
            int latencyMs,
            boolean aligned,
            long phaseMs,
            List<LearnedLimit> preload) {
        VirtualTime time = new VirtualTime();
        long window = windowSeconds * S;
        // a token bucket the hidden one is stricter than: 4 × its rate, at least 300 per window
        long tokenLimit = Math.max(300, 4L * limit * tokenWindowSeconds / windowSeconds);
        HiddenBucketServer server = new HiddenBucketServer(
                tokenLimit, tokenWindowSeconds * S, limit, window, aligned, phaseMs * 1_000_000L);
        Governor governor = new Governor(
                GovernorConfig.defaults(), time, () -> 0.5, new IetfRateLimitParser(), GovernorListener.none());
        governor.startFrom(preload);
        Duration latency = Duration.ofMillis(latencyMs);
        long end = 16 * window;
        long lastFrom = 8 * window;
        long acceptedAtLastFrom = -1;
        while (time.nanoTime() < end) {
            if (acceptedAtLastFrom < 0 && time.nanoTime() >= lastFrom) {
                acceptedAtLastFrom = server.accepted;
            }
            assertThat(governor.execute(server.call(time, latency)).outcome()).isEqualTo(Outcome.SUCCESS);
        }
        return new Run(server, governor, server.accepted - acceptedAtLastFrom, 8);
    }

    @Property(tries = 60)
    void findsTheLimitWithinTwoRefusalsAndThenPacesJustUnderIt(
            @ForAll @IntRange(min = 5, max = 200) int limit,
            @ForAll @IntRange(min = 5, max = 60) int windowSeconds,
            @ForAll boolean tokenSharesTheWindow,
            @ForAll @IntRange(min = 1, max = 30) int latencyMs) {
        Assume.that(limit * 1.0 / windowSeconds <= 0.2 * 1000.0 / latencyMs); // one caller can outrun the bucket
        int tokenWindow = tokenSharesTheWindow ? windowSeconds : 60;
        Run run = run(limit, windowSeconds, tokenWindow, latencyMs, false, 0, List.of());

        assertThat(run.server.hiddenRefusals)
                .as("refusals by the hidden bucket")
                .isBetween(1L, 2L);
        LearnedLimit learned = run.governor.learnedLimits().get(0);
        assertThat(learned.limit()).isEqualTo(limit);
        long windowNanos = windowSeconds * S;
        assertThat(learned.window().toNanos()).isBetween(windowNanos, windowNanos + S + 2 * latencyMs * 1_000_000L);
        // window by window: the limit at once, the next window a guard (1%, ≥ 20 ms) after the learned one ends
        // (within one burst: the last windows are counted over a fixed span of time)
        double used = (run.acceptedInLastWindows + limit) / (double) (run.lastWindows * limit);
        double expected = windowNanos / (learned.window().toNanos() * 1.01 + 2 * latencyMs * 1_000_000L);
        assertThat(used).as("share of the bucket used once learned").isGreaterThanOrEqualTo(0.95 * expected);
        if (tokenSharesTheWindow) {
            assertThat(used).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Property(tries = 30)
    void pacesUnderBucketsWhoseWindowsAreAlignedToTheClockAfterAtMostThreeRefusals(
            @ForAll @IntRange(min = 5, max = 200) int limit,
            @ForAll @IntRange(min = 5, max = 60) int windowSeconds,
            @ForAll @IntRange(min = 1, max = 30) int latencyMs,
            @ForAll @LongRange(min = 0, max = 59_999) long phaseMs) {
        Assume.that(limit * 1.0 / windowSeconds <= 0.2 * 1000.0 / latencyMs);
        Run run = run(limit, windowSeconds, 60, latencyMs, true, phaseMs % (windowSeconds * 1000L), List.of());

        assertThat(run.server.hiddenRefusals)
                .as("refusals by the hidden bucket")
                .isBetween(1L, 3L);
        // the start of an aligned window is not the first request after a pause, so a count may span parts of
        // two windows; what must hold is the pace: under the bucket's rate, and most of it used
        LearnedLimit learned = run.governor.learnedLimits().get(0);
        assertThat(0.97 * learned.ratePerSecond()).as("pace").isLessThanOrEqualTo(limit / (double) windowSeconds);
        assertThat(run.acceptedInLastWindows / (double) (run.lastWindows * limit))
                .as("share used")
                .isGreaterThan(0.6);
    }

    @Property(tries = 30)
    void aSecondRunThatStartsFromWhatTheFirstLearnedIsNeverRefused(
            @ForAll @IntRange(min = 5, max = 200) int limit,
            @ForAll @IntRange(min = 5, max = 60) int windowSeconds,
            @ForAll boolean tokenSharesTheWindow,
            @ForAll @IntRange(min = 1, max = 30) int latencyMs) {
        Assume.that(limit * 1.0 / windowSeconds <= 0.2 * 1000.0 / latencyMs);
        int tokenWindow = tokenSharesTheWindow ? windowSeconds : 60;
        Run first = run(limit, windowSeconds, tokenWindow, latencyMs, false, 0, List.of());
        Run second = run(limit, windowSeconds, tokenWindow, latencyMs, false, 0, first.governor.learnedLimits());

        assertThat(second.server.hiddenRefusals).isZero();
        assertThat(second.governor.learnedLimits()).isEqualTo(first.governor.learnedLimits());
    }
}
