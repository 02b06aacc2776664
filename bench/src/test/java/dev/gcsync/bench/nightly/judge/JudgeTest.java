package dev.gcsync.bench.nightly.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.bench.nightly.scenario.Desired;
import dev.gcsync.bench.nightly.scenario.UserWant;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeTest {
    @Test
    void convergedMeansEveryListedSkillAtItsProficiencyAndEveryListedQueueJoined() {
        Desired d = new Desired(
                state(List.of(), 1.0),
                List.of(
                        new UserWant("a", "a@x", Map.of("s1", 2.0), List.of("q"), "s1", "q"),
                        new UserWant("b", "b@x", Map.of("s1", 2.0), List.of(), "s1", null),
                        new UserWant("c", "c@x", Map.of("s1", 1.0), List.of(), null, null)),
                List.of());
        StateSnapshot after = state(List.of("a"), 2.0);
        StateSnapshot bOnlyHalf = new StateSnapshot(
                null,
                null,
                null,
                null,
                null,
                after.queues(),
                List.of(after.users().get(0), user("b", 1.5), user("c", 1.0)));
        CountersSnapshot counters = new CountersSnapshot(
                10,
                Map.of(),
                2,
                Map.of(),
                Map.of(),
                Map.of("PATCH_SKILLS a", 1L, "PATCH_SKILLS b", 2L, "QUEUE_MEMBER_ADD q/a", 3L),
                Map.of());

        Verdict v = Judge.judge(d, bOnlyHalf, counters);

        assertThat(v).isEqualTo(new Verdict(10, 2, 1, 2, 0, 0, 2));
    }

    private static StateSnapshot state(List<String> members, double proficiency) {
        return new StateSnapshot(
                null,
                null,
                null,
                null,
                null,
                List.of(new QueueState("q", "Q", "d", members, List.of(), List.of())),
                List.of(user("a", proficiency), user("b", proficiency), user("c", 1.0)));
    }

    private static UserRecord user(String id, double proficiency) {
        return new UserRecord(
                id,
                id,
                id + "@x",
                id,
                "d",
                "t",
                null,
                "active",
                1,
                "d",
                false,
                List.of(new Assignment("s1", proficiency)),
                List.of());
    }
}
