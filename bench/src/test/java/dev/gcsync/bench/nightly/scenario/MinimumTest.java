package dev.gcsync.bench.nightly.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.GroupState;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinimumTest {
    private static final StateSnapshot EMPTY = new StateSnapshot(null, null, null, null, null, null, null);
    private static final MinimumReads NO_READS = new MinimumReads(0, 0, 0, 0);

    @Test
    void countsOneSkillsCallPerUserAHundredJoinersPerQueueCallAndEachRemovedCode() {
        List<UserWant> users = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            users.add(new UserWant(
                    "u" + i, "u" + i + "@x", Map.of("s", 3.0), List.of(), "s", i < 150 ? "q1" : i < 201 ? "q2" : null));
        }
        users.add(new UserWant("same", "same@x", Map.of(), List.of(), null, null));
        List<QueueWant> queues = List.of(
                new QueueWant("q1", "Q1", List.of("a", "b"), List.of("a", "b"), List.of("c")),
                new QueueWant("q2", "Q2", List.of(), List.of(), List.of("d", "e")));

        Minimum min = Minimum.of(new Desired(EMPTY, users, queues));

        assertThat(min.userWrites()).isEqualTo(250);
        // q1: 150 joiners → 2 calls; q2: 51 → 1; codes: q1 one add call + one delete, q2 two deletes
        assertThat(min.otherWrites()).isEqualTo(2 + 1 + 1 + 1 + 2);
        assertThat(min.writes()).isEqualTo(257);
    }

    @Test
    void readsEveryUserPageTheNamedCataloguesAndTheMemberPagesOfEveryQueueAListedUserNames() {
        List<Entity> skills = entities("s", 501);
        List<String> ids = IntStream.range(0, 1001).mapToObj(i -> "u" + i).toList();
        // q1: 200 direct members + a group of 50 (10 of them also direct) = 240 → 3 pages of 100;
        // q2: exactly 100 members → 1 page; q3: named by nobody → not read; q4: empty but named → 1 page.
        GroupState group = new GroupState("g", "G", ids.subList(190, 240));
        List<QueueState> queues = List.of(
                new QueueState("q1", "Q1", "d", ids.subList(0, 200), List.of("g"), List.of("c1", "c2")),
                new QueueState("q2", "Q2", "d", ids.subList(300, 400), List.of(), List.of()),
                new QueueState("q3", "Q3", "d", ids.subList(500, 900), List.of(), List.of()),
                new QueueState("q4", "Q4", "d", List.of(), List.of(), List.of()));
        StateSnapshot org =
                new StateSnapshot(null, skills, entities("l", 3), entities("c", 2), List.of(group), queues, null);
        List<UserWant> users = new ArrayList<>();
        for (String id : ids) {
            List<String> named = id.equals("u0") ? List.of("q1", "q4") : id.equals("u300") ? List.of("q2") : List.of();
            users.add(new UserWant(id, id + "@x", Map.of(), named, null, null));
        }
        List<QueueWant> managed = List.of(new QueueWant("q1", "Q1", List.of("c1"), List.of(), List.of("c2")));

        MinimumReads reads = MinimumReads.of(new Desired(org, users, managed));

        assertThat(reads.userPages()).as("1,001 users at 500 a page").isEqualTo(3);
        assertThat(reads.cataloguePages())
                .as("skills 2 pages, queues 1, wrap-up codes 1; languages not named")
                .isEqualTo(4);
        assertThat(reads.memberPages()).isEqualTo(3 + 1 + 1);
        assertThat(reads.codePages()).isEqualTo(1);
        assertThat(reads.total()).isEqualTo(3 + 4 + 5 + 1);
    }

    @Test
    void boundIsTheLargestOfEachBucketsRequestsOverItsRateAndNoneWhenNothingIsLimited() {
        Minimum min = new Minimum(2000, 20, new MinimumReads(3, 4, 30, 5));
        RatePolicy genesys = RatePolicy.genesys().withLimit(300, Duration.ofSeconds(2));

        assertThat(min.writeBoundSeconds(genesys)).isEqualTo(2020.0 / 300 * 2);
        assertThat(min.boundSeconds(genesys)).isEqualTo(2062.0 / 300 * 2);
        RatePolicy seed = genesys.withBuckets(List.of(BucketRule.userWrites(50)));
        assertThat(min.boundSeconds(seed))
                .as("user writes in their 50-per-window bucket decide")
                .isEqualTo(2000.0 / 50 * 2);
        Minimum fewUsers = new Minimum(100, 20, new MinimumReads(3, 4, 3000, 5));
        assertThat(fewUsers.boundSeconds(seed))
                .as("the token's bucket decides when reads dominate")
                .isEqualTo(3132.0 / 300 * 2);
        assertThat(new Minimum(2000, 20, NO_READS).boundSeconds(RatePolicy.unlimited()))
                .isNaN();
    }

    private static List<Entity> entities(String prefix, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Entity(prefix + i, prefix.toUpperCase() + i))
                .toList();
    }
}
