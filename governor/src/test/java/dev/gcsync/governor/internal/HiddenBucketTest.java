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
        Optional<HiddenBucket.Measurement> m =
                bucket.onRefused(1_000 * MS, 1_003 * MS, 4 * S, 5 * S).measured();
        assertThat(m).hasValueSatisfying(x -> {
            assertThat(x.limit()).isEqualTo(50);
            assertThat(x.windowNanos())
                    .as("the token's window, which lies in it")
                    .isEqualTo(5 * S);
        });
    }

    @Test
    void aRefusalThatContradictsAnExactMeasurementHasTheFamilyPacedEvenlyUnderBoth() {
        accept(0, 30, 10);
        bucket.onRefused(300 * MS, 302 * MS, 2 * S, 60 * S); // first, from the family's first request: 30
        accept(2_400, 20, 50); // the window opens at 2.4 s (the first request after the pause)
        assertThat(bucket.onRefused(3_400 * MS, 3_402 * MS, 9 * S, 60 * S).measured())
                .as("exact: counted from a known window start")
                .hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(20));
        accept(12_500, 12, 50); // after the pause (until 12.402 s), a window that refuses after 12
        HiddenBucket.Finding f = bucket.onRefused(13_200 * MS, 13_202 * MS, 9 * S, 60 * S);
        assertThat(f.contradicted()).isTrue();
        assertThat(f.counted()).as("accepted since the window opened").isEqualTo(12);
        // to be paced evenly: under 0.97 × this count per its window (at least 8.202 s) and 0.9 × the refused pace
        assertThat(f.measured()).hasValueSatisfying(m -> {
            assertThat(m.ratePerSecond()).isLessThanOrEqualTo(0.97 * 12 / 8.202);
            assertThat(m.ratePerSecond()).isLessThanOrEqualTo(0.9 * 20 / 10.0);
        });
    }

    @Test
    void measuresExactlyInTheWindowThatOpensAfterThePauseWhenTheFirstCountWasAGuess() {
        accept(0, 300, 100); // a family that ran for 30 s before its first refusal, with a 10 s token window
        bucket.onRefused(30_000 * MS, 30_002 * MS, 2 * S, 10 * S); // a guess: the last token window's worth
        accept(32_100, 20, 50);
        HiddenBucket.Finding f = bucket.onRefused(33_100 * MS, 33_102 * MS, 9 * S, 10 * S);
        assertThat(f.measured()).hasValueSatisfying(x -> {
            assertThat(x.limit()).isEqualTo(20);
            assertThat(x.windowNanos())
                    .as("the token's 10 s window lies in (10.0, 10.002]")
                    .isEqualTo(10 * S);
        });
    }

    @Test
    void ignoresTheRefusalsOfRequestsSentBeforeThePauseEnded() {
        accept(0, 10, 10);
        assertThat(bucket.onRefused(100 * MS, 105 * MS, 3 * S, 0).measured()).isPresent();
        assertThat(bucket.onRefused(101 * MS, 106 * MS, 3 * S, 0))
                .as("in flight with the first")
                .isEqualTo(HiddenBucket.Finding.NOTHING);
    }

    @Test
    void countsAcceptedRequestsThatWereStillInFlightAtTheRefusal() {
        accept(0, 10, 10);
        assertThat(bucket.onRefused(120 * MS, 125 * MS, 3 * S, 0).measured())
                .hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(10));
        assertThat(bucket.onAccepted(110 * MS))
                .hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(11));
        assertThat(bucket.onAccepted(3_200 * MS))
                .as("after the pause: the next window")
                .isEmpty();
    }

    @Test
    void countsTheWindowsFirstRequestWhenItsAnswerComesBackAfterTheRefusal() {
        // a loaded machine: the request that opened the window (sent at 0) is answered last; 9 others were
        // accepted and the 11th refused before it came back (LearnedLimitsIT stored 9 of a bucket of 10)
        accept(5, 9, 5);
        assertThat(bucket.onRefused(60 * MS, 65 * MS, 2 * S, 2 * S).measured())
                .hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(9));
        assertThat(bucket.onAccepted(0))
                .as("the window's first request, counted when it comes back")
                .hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(10));
    }

    @Test
    void afterAPauseCountsTheWindowsFirstRequestAnsweredAfterTheRefusalAndNothingSentBeforeThePause() {
        accept(0, 10, 10);
        bucket.onRefused(100 * MS, 105 * MS, 2 * S, 2 * S); // pause until 2.105 s
        accept(2_200, 9, 5); // the window opened at 2.150 s by a request answered late
        assertThat(bucket.onRefused(2_300 * MS, 2_305 * MS, 2 * S, 2 * S).measured())
                .hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(9));
        assertThat(bucket.onAccepted(104 * MS))
                .as("sent before the pause ended: another window")
                .isEmpty();
        assertThat(bucket.onAccepted(2_150 * MS))
                .as("sent after the pause, before the refusal came back")
                .hasValueSatisfying(x -> assertThat(x.limit()).isEqualTo(10));
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
