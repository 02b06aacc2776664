package dev.gcsync.bench.nightly.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.emulator.Profile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenariosTest {
    @Test
    void noScenarioRunsWithAWindowUnderFiveSeconds() {
        assertThat(Scenarios.all()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.window()).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
            assertThat(s.scaled(Scenario.REAL_WINDOW).toMillis() * s.timeScale())
                    .isEqualTo(60_000);
        });
        assertThat(Scenarios.smoke(100).window()).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesAScaleAboveTwelveOrOneThatDoesNotDivideSixty() {
        for (int scale : new int[] {15, 30, 60, 7}) {
            assertThatThrownBy(() -> new Scenario(
                            "t", "t", 100, 1, Profile.GENESYS, scale, 1, 0.25, false, Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at most 12");
        }
    }
}
