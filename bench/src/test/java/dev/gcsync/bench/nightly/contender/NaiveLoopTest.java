package dev.gcsync.bench.nightly.contender;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaiveLoopTest {
    @Test
    void sleepsTwoToTheAttemptPlusJitterCappedAtSixtySeconds() {
        int[] attempts = {1, 2, 5, 6, 7, 20};
        double[] jitter = {0.0, 0.5, 0.25, 0.9, 0.0, 0.99};
        double[] expected = {2.0, 4.5, 32.25, 60.0, 60.0, 60.0};
        for (int i = 0; i < attempts.length; i++) {
            assertThat(NaiveLoop.sleepSeconds(attempts[i], jitter[i]))
                    .as("attempt %d", attempts[i])
                    .isEqualTo(expected[i]);
        }
    }
}
