package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullJitterBackoffTest {
    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(1);

    @ParameterizedTest(name = "retry {0}, draw {1} → {2} ms")
    @CsvSource({
        "1, 0.0,  0",
        "1, 0.5,  50",
        "2, 0.5,  100",
        "3, 0.99, 396",
        "4, 0.5,  400",
        "5, 0.5,  500",
        "40, 0.5, 500",
    })
    void drawsUniformlyBelowTheDoublingCappedCeiling(int retry, double draw, long expectedMillis) {
        assertThat(FullJitterBackoff.delayNanos(BASE, MAX, retry, draw) / 1_000_000)
                .isEqualTo(expectedMillis);
    }

    @Test
    void rejectsADrawOutsideTheUnitInterval() {
        assertThatThrownBy(() -> FullJitterBackoff.delayNanos(BASE, MAX, 1, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
