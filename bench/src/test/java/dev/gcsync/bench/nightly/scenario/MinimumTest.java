package dev.gcsync.bench.nightly.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.StateSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinimumTest {
    private static final StateSnapshot EMPTY = new StateSnapshot(null, null, null, null, null, null, null);

    @Test
    void countsOneSkillsCallPerUserAHundredJoinersPerQueueCallAndEachRemovedCode() {
        List<UserWant> users = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            users.add(new UserWant("u" + i, "u" + i + "@x", Map.of("s", 3.0), List.of(), "s",
                    i < 150 ? "q1" : i < 201 ? "q2" : null));
        }
        users.add(new UserWant("same", "same@x", Map.of(), List.of(), null, null));
        List<QueueWant> queues = List.of(new QueueWant("q1", "Q1", List.of("a", "b"), List.of("a", "b"), List.of("c")),
                new QueueWant("q2", "Q2", List.of(), List.of(), List.of("d", "e")));

        Minimum min = Minimum.of(new Desired(EMPTY, users, queues));

        assertThat(min.userWrites()).isEqualTo(250);
        // q1: 150 joiners → 2 calls; q2: 51 → 1; codes: q1 one add call + one delete, q2 two deletes
        assertThat(min.otherWrites()).isEqualTo(2 + 1 + 1 + 1 + 2);
        assertThat(min.total()).isEqualTo(257);
    }

    @Test
    void boundIsTheSlowestLimitAndNoneWhenNothingIsLimited() {
        Minimum min = new Minimum(2000, 20);
        RatePolicy genesys = RatePolicy.genesys().withLimit(300, Duration.ofSeconds(2));

        assertThat(min.boundSeconds(genesys)).isEqualTo(2020.0 / 300 * 2);
        assertThat(min.boundSeconds(genesys.withBuckets(List.of(BucketRule.userWrites(50))))).isEqualTo(2000.0 / 50 * 2);
        assertThat(min.boundSeconds(RatePolicy.unlimited())).isNaN();
    }
}
