package dev.gcsync.bench.nightly.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.store.StateSnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HostsSplitTest {
    private final Scenario s6 = Scenarios.s6Hosts(0.4, false);

    @Test
    void theThreeProcessesGetDisjointThirdsOfTheUsersAndOnlyApplyAManagesTheQueues() {
        Desired d = desired(s6);

        HostsSplit split = HostsSplit.of(d);

        List<UserWant> all = Stream.of(split.applyA(), split.applyB(), split.naive())
                .flatMap(p -> p.users().stream())
                .toList();
        assertThat(all).containsExactlyElementsOf(d.users());
        assertThat(new HashSet<>(all.stream().map(UserWant::id).toList()))
                .hasSize(d.users().size());
        assertThat(split.applyA().users()).hasSize(50);
        assertThat(split.applyB().users()).hasSize(50);
        assertThat(split.naive().users()).hasSize(50);
        assertThat(split.applyA().queues()).isEqualTo(d.queues()).isNotEmpty();
        assertThat(split.applyB().queues()).isEmpty();
        assertThat(split.naive().queues()).isEmpty();
    }

    @Test
    void theBucketWritesAreGcsyncsBulkMinimumAndOneCallPerChangeOfTheNaiveLoop() {
        HostsSplit split = HostsSplit.of(desired(s6));

        long joinsA = joins(split.applyA());
        Set<String> queuesA = new HashSet<>(split.applyA().users().stream()
                .filter(u -> u.joinQueue() != null)
                .map(UserWant::joinQueue)
                .toList());
        assertThat(HostsSplit.gcsyncBucketWrites(split.applyA()))
                .as("a skills PATCH per user, one member POST per queue joined (fewer than 100 joiners each)")
                .isEqualTo(50 + queuesA.size());
        assertThat(queuesA.size()).isLessThan((int) joinsA + 1);
        assertThat(HostsSplit.naiveBucketWrites(split.naive())).isEqualTo(50 + joins(split.naive()));
        assertThat(split.bucketWrites())
                .isEqualTo(HostsSplit.gcsyncBucketWrites(split.applyA())
                        + HostsSplit.gcsyncBucketWrites(split.applyB())
                        + HostsSplit.naiveBucketWrites(split.naive()));
    }

    @Test
    void theBoundOfAllThreeProcessesIsTheirWritesOverTheShareOfWhatTheBackgroundLeaves() {
        HostsSplit split = HostsSplit.of(desired(s6));
        long w = split.bucketWrites();
        // 40 per 5 s; the background takes 25%, 55%, 5% for a third each: 30 + 18 + 38 = 86 left per 3 windows
        double expected = 3.0 * w * 5 / (0.4 * 86);
        assertThat(s6.org().busyBoundSeconds(w, s6.window()))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(expected).as("both runs fit the script's few minutes").isBetween(60.0, 100.0);
    }

    private static long joins(Desired d) {
        return d.users().stream().filter(u -> u.joinQueue() != null).count();
    }

    private static Desired desired(Scenario s) {
        StateSnapshot org;
        try (Emulator e = Emulator.start(
                EmulatorConfig.builder().users(s.users()).seed(s.seed()).build())) {
            org = e.admin().exportState();
        }
        return DesiredGenerator.make(org, s, new SplittableRandom(s.seed()));
    }
}
