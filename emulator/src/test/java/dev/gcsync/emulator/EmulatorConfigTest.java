package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmulatorConfigTest {

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(
                        (Supplier<Object>)
                                () -> EmulatorConfig.builder().port(70000).build(),
                        "port must be"),
                Arguments.of(
                        (Supplier<Object>)
                                () -> EmulatorConfig.builder().users(-1).build(),
                        "users must be"),
                Arguments.of(
                        (Supplier<Object>)
                                () -> EmulatorConfig.builder().clientId("a:b").build(),
                        "':'"),
                Arguments.of(
                        (Supplier<Object>)
                                () -> EmulatorConfig.builder().clientSecret(" ").build(),
                        "clientSecret must not be blank"),
                Arguments.of(
                        (Supplier<Object>) () -> RatePolicy.genesys().withLimit(0, Duration.ofSeconds(1)),
                        "rate limit must be >= 1"),
                Arguments.of(
                        (Supplier<Object>) () -> RatePolicy.genesys().withLimit(5, Duration.ofMillis(1500)),
                        "window must be whole seconds"),
                Arguments.of(
                        (Supplier<Object>) () -> RatePolicy.genesys().withLimit(5, Duration.ofHours(2)),
                        "window must be whole seconds"),
                Arguments.of((Supplier<Object>) () -> Faults.none().withErrorRate(1.5), "errorRate must be between"),
                Arguments.of(
                        (Supplier<Object>) () -> Faults.none().withTokenLifetime(Duration.ZERO),
                        "tokenLifetime must be >= 1s"),
                Arguments.of(
                        (Supplier<Object>) () -> Latency.between(Duration.ofMillis(60), Duration.ofMillis(20)),
                        "latency max must be >= min"),
                Arguments.of((Supplier<Object>) () -> BucketRule.userWrites(0), "limit must be >= 1"));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void refusesAnInvalidValueNamingTheRule(Supplier<Object> build, String rule) {
        assertThatThrownBy(build::get)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(rule);
    }

    @Test
    void profilesSetThePolicyAndLaterCallsOverrideIt() {
        EmulatorConfig seed = EmulatorConfig.builder().profile(Profile.SEED).build();
        assertThat(seed.policy().buckets()).containsExactly(BucketRule.userWrites(50));
        assertThat(EmulatorConfig.builder()
                        .profile(Profile.UNLIMITED)
                        .build()
                        .policy()
                        .enabled())
                .isFalse();
        EmulatorConfig overridden = EmulatorConfig.builder()
                .profile(Profile.SEED)
                .policy(RatePolicy.genesys().withLimit(5, Duration.ofSeconds(1)))
                .build();
        assertThat(overridden.policy().buckets()).isEmpty();
        assertThat(overridden.toBuilder().build()).isEqualTo(overridden);
    }

    @Test
    void latencySamplesStayInTheirRange() {
        Latency l = Latency.between(Duration.ofMillis(20), Duration.ofMillis(60))
                .withFixed(Duration.ofMillis(5))
                .withSpikes(0.5, Duration.ofSeconds(1));
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            long ms = l.sample(random).toMillis();
            assertThat(ms).satisfiesAnyOf(v -> assertThat(v).isBetween(25L, 65L), v -> assertThat(v)
                    .isBetween(1025L, 1065L));
        }
    }
}
