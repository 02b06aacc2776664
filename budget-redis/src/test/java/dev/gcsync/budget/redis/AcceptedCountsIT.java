package dev.gcsync.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.TimeSource;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two processes' connections to one real Redis count their accepted requests of a family together, so that one
 * that finds a bucket shared can tell what all of them got in the window that refused it; other families and
 * other orgs are counted apart.
 */
class AcceptedCountsIT {
    private static final String ORG = "https://api.example.test";

    private final TestRedis redis = TestRedis.start();

    @AfterEach
    void stop() {
        redis.close();
    }

    private RedisBudgetStore process(String org) {
        return RedisBudgetStore.connect(StoreUrl.parse(redis.url()), org, "apply", TimeSource.system());
    }

    @Test
    void everyProcessesAcceptedRequestsOfAFamilyAreCountedTogether() {
        try (RedisBudgetStore a = process(ORG);
                RedisBudgetStore b = process(ORG);
                RedisBudgetStore otherOrg = process("https://api.other.test")) {
            for (int i = 0; i < 7; i++) {
                a.accepted("users:write");
            }
            for (int i = 0; i < 3; i++) {
                b.accepted("users:write");
            }
            b.accepted("routing:write");
            otherOrg.accepted("users:write");
            // each connection's counts are sent in order before its next command: read through both first
            a.acceptedWithin("users:write", Duration.ofMinutes(1));
            b.acceptedWithin("users:write", Duration.ofMinutes(1));
            otherOrg.acceptedWithin("users:write", Duration.ofMinutes(1));

            assertThat(a.acceptedWithin("users:write", Duration.ofMinutes(1))).isEqualTo(OptionalInt.of(10));
            assertThat(b.acceptedWithin("routing:write", Duration.ofMinutes(1))).isEqualTo(OptionalInt.of(1));
            assertThat(otherOrg.acceptedWithin("users:write", Duration.ofMinutes(1)))
                    .isEqualTo(OptionalInt.of(1));
            assertThat(a.acceptedWithin("users:write", Duration.ZERO))
                    .as("none accepted in the last instant")
                    .isEqualTo(OptionalInt.of(0));
            redis.assertHoldsNoSecret();
        }
    }
}
