package dev.gcsync.bench.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.bench.common.BenchRedis;
import dev.gcsync.governor.BudgetStore;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostsRunnerTest {
    private static final URI API = URI.create("http://127.0.0.1:18081");

    @Test
    void eachProcessIsCountedByTheTokensOfItsOwnClient() {
        Map<String, Long> byToken = Map.of("token-1", 70L, "token-2", 40L, "token-3", 12L, "token-4", 5L);
        Map<String, String> clients =
                Map.of("token-1", "gcsync-host-a", "token-2", "gcsync-host-b", "token-3", "gcsync-host-a");

        assertThat(HostsRunner.ofClient(byToken, clients, HostsRunner.HOST_A)).isEqualTo(82);
        assertThat(HostsRunner.ofClient(byToken, clients, HostsRunner.HOST_B)).isEqualTo(40);
        assertThat(HostsRunner.ofClient(byToken, clients, HostsRunner.SCRIPT)).isZero();
    }

    @Test
    void theProxyOpensTheStoreTheApplysNameAsTheCliWould() {
        try (BudgetStore local = HostsRunner.open("local", API)) {
            assertThat(local.status().kind()).isEqualTo("local");
        }
        try (BenchRedis redis = BenchRedis.start(Map.of());
                BudgetStore shared = HostsRunner.open(redis.url(), API)) {
            // on the bench's class path (the SDK's beside Lettuce's Netty) the store really connects
            assertThat(shared.status().kind()).isEqualTo("redis");
            assertThat(shared.status().connected()).isTrue();
        }
    }

    @Test
    void anotherRedisIsUsedAsGivenAndItsPasswordIsNotShown() {
        try (BenchRedis given = BenchRedis.start(Map.of(BenchRedis.URL_ENV, " redis://:pw@10.0.0.9:6379/1 "))) {
            assertThat(given.url()).isEqualTo("redis://:pw@10.0.0.9:6379/1");
            assertThat(given.describe()).doesNotContain("pw").contains("10.0.0.9:6379/1");
        }
    }

    @Test
    void knowsItsTwoScenariosByName() {
        assertThat(HostsBench.scenario("s6-hosts", 0.4).org().documented()).isFalse();
        assertThat(HostsBench.scenario("s6-hosts-documented", 0.5).org().share())
                .isEqualTo(0.5);
        assertThatThrownBy(() -> HostsBench.scenario("s6", 0.4)).hasMessageContaining("known: s6-hosts");
    }
}
