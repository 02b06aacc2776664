package dev.gcsync.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.TimeSource;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Starting against a Redis that refuses or is not there: a clear sentence, never the password. */
class StoreFaultsIT {

    @Test
    void aWrongPasswordIsNamedWithoutShowingEitherPassword() {
        try (TestRedis redis = TestRedis.withPassword("right-horse-battery")) {
            String wrong = "redis://:staple-wrong@127.0.0.1:" + redis.port() + "/0";
            assertThatThrownBy(
                            () -> RedisBudgetStore.connect(StoreUrl.parse(wrong), "org", "apply", TimeSource.system()))
                    .isInstanceOf(BudgetStoreUnavailable.class)
                    .hasMessageContaining("refused the password")
                    .hasMessageContaining("redis://:***@127.0.0.1:" + redis.port() + "/0")
                    .hasMessageNotContaining("staple-wrong")
                    .hasMessageNotContaining("right-horse-battery");

            try (RedisBudgetStore ok =
                    RedisBudgetStore.connect(StoreUrl.parse(redis.url()), "org", "apply", TimeSource.system())) {
                assertThat(ok.status().connected()).isTrue();
                assertThat(ok.status().where()).doesNotContain("right-horse-battery");
            }
        }
    }

    @Test
    void noRedisThereSaysWhereAndWhatToDo() {
        int port;
        try (TestRedis gone = TestRedis.start()) {
            port = gone.port();
        }
        String url = "redis://:pw-secret@127.0.0.1:" + port + "/0";
        assertThatThrownBy(() -> RedisBudgetStore.connect(StoreUrl.parse(url), "org", "apply", TimeSource.system()))
                .isInstanceOf(BudgetStoreUnavailable.class)
                .hasMessageContaining("cannot be reached")
                .hasMessageContaining("127.0.0.1:" + port)
                .hasMessageContaining("--budget-store local")
                .hasMessageNotContaining("pw-secret");
    }

    @Test
    void learnedLimitsAreSharedWithWhenAndByWhomAndTwoOrgsDoNotMeet() {
        try (TestRedis redis = TestRedis.start();
                RedisBudgetStore a =
                        RedisBudgetStore.connect(StoreUrl.parse(redis.url()), "org-a", "apply", TimeSource.system());
                RedisBudgetStore b =
                        RedisBudgetStore.connect(StoreUrl.parse(redis.url()), "org-a", "proxy", TimeSource.system());
                RedisBudgetStore other =
                        RedisBudgetStore.connect(StoreUrl.parse(redis.url()), "org-b", "apply", TimeSource.system())) {
            LearnedLimit l = new LearnedLimit(
                    "users:write",
                    40,
                    Duration.ofSeconds(10),
                    Instant.parse("2026-12-01T02:00:00Z"),
                    ScopeKind.ORG,
                    true);
            a.learned(l);
            assertThat(b.learnedEntries()).singleElement().satisfies(e -> {
                assertThat(e.limit()).isEqualTo(l);
                assertThat(e.by()).isEqualTo(a.process());
            });
            assertThat(other.learnedLimits()).as("another org's namespace").isEmpty();
            assertThat(b.status().processes()).containsExactlyInAnyOrder(a.process(), b.process());

            assertThat(a.reserve("org:users:write", 60_000_000_000L))
                    .isEqualTo(new BudgetStore.Reservation.Shared(0, 0, false));
            assertThat(b.reserve("org:users:write", 60_000_000_000L))
                    .as("the other process waits for the slot")
                    .isInstanceOfSatisfying(BudgetStore.Reservation.Shared.class, s -> {
                        assertThat(s.waitNanos()).isGreaterThan(50_000_000_000L);
                        assertThat(s.paced()).as("the pace's wait").isTrue();
                    });
            assertThat(other.reserve("org:users:write", 60_000_000_000L))
                    .as("another org's bucket")
                    .isEqualTo(new BudgetStore.Reservation.Shared(0, 0, false));
            long mark = b.pause("org:users:read", Duration.ofSeconds(30));
            assertThat(mark).isPositive();
            assertThat(b.pause("org:users:read", Duration.ofSeconds(1)))
                    .as("a shorter pause does not shorten it")
                    .isEqualTo(mark);
            assertThat(a.reserve("org:users:read", 1_000_000L))
                    .as("paused for every process, with its mark")
                    .isInstanceOfSatisfying(BudgetStore.Reservation.Shared.class, s -> {
                        assertThat(s.waitNanos()).isGreaterThan(20_000_000_000L);
                        assertThat(s.pauseMark()).isEqualTo(mark);
                        assertThat(s.paced()).isFalse();
                    });
        }
    }
}
