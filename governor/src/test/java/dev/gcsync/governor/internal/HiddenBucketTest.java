package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HiddenBucketTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private final HiddenBucket bucket = new HiddenBucket();

    private void accept(long fromMs, int n, long stepMs) {
        for (int i = 0; i < n; i++) {
            bucket.onAccepted((fromMs + i * stepMs) * MS);
        }
    }

    @Test
    void takesTheTokensWindowWhenTheFirstRefusalAllowsIt() {
        accept(0, 50, 20); // 50 accepted in the first second of the family
        // refused at 1 s with Retry-After 4: the window (opened at 0) is within (4.0 s, 5.003 s]
        Optional<HiddenBucket.Measurement> m = bucket.onRefused(1_000 * MS, 1_003 * MS, 4 * S, 5 * S);
        assertThat(m).hasValueSatisfying(x -> {
            assertThat(x.limit()).isEqualTo(50);
            assertThat(x.windowNanos()).as("the token's window, which lies in it").isEqualTo(5 * S);
            assertThat(x.burst()).isTrue();
        });
    }

    @Test
    void measuresExactlyInTheWindowThatOpensAfterThePause() {
        accept(0, 30, 10);
        bucket.onRefused(300 * MS, 302 * MS, 2 * S, 60 * S); // first: 30 per at most 2.302 s
        accept(2_400, 20, 50); // the window opens at 2.4 s (the first request after the pause)
        Optional<HiddenBucket.Measurement> m = bucket.onRefused(3_400 * MS, 3_402 * MS, 9 * S, 60 * S);
        assertThat(m).hasValueSatisfying(x -> {
            assertThat(x.limit()).isEqualTo(20);
            // the window ends within (3.4 + 9 − 1, 3.402 + 9] s, so it is at most 10.002 s long; paced no
            // faster than that, nor than 0.9 × the pace that was refused
            assertThat(x.windowNanos()).isGreaterThanOrEqualTo(10_002 * MS);
            assertThat(x.burst()).as("refused while paced by a measurement: evenly from now on").isFalse();
            assertThat(x.ratePerSecond()).isLessThanOrEqualTo(0.9 * 30 * 1e9 / (2_302 * MS * 1.01));
        });
    }

    @Test
    void ignoresTheRefusalsOfRequestsSentBeforeThePauseEnded() {
        accept(0, 10, 10);
        assertThat(bucket.onRefused(100 * MS, 105 * MS, 3 * S, 0)).isPresent();
        assertThat(bucket.onRefused(101 * MS, 106 * MS, 3 * S, 0)).as("in flight with the first").isEmpty();
    }

    @Test
    void countsAcceptedRequestsThatWereStillInFlightAtTheRefusal() {
        accept(0, 10, 10);
        assertThat(bucket.onRefused(120 * MS, 125 * MS, 3 * S, 0)).hasValueSatisfying(
                x -> assertThat(x.limit()).isEqualTo(10));
        assertThat(bucket.onAccepted(110 * MS)).hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(11));
        assertThat(bucket.onAccepted(3_200 * MS)).as("after the pause: the next window").isEmpty();
    }

    @Test
    void startsFromAnEarlierRunsMeasurement() {
        bucket.preload(50, 5 * S);
        assertThat(bucket.measured()).hasValueSatisfying(x -> {
            assertThat(x.limit()).isEqualTo(50);
            assertThat(x.windowNanos()).isEqualTo(5 * S);
            assertThat(x.ratePerSecond()).isEqualTo(50 * 1e9 / (5_050 * MS));
        });
    }
}
