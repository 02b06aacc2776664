package dev.gcsync.emulator.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedGeneratorTest {

    @Test
    void theSameSeedGivesTheSameOrgAndAnotherSeedAnotherOne() {
        StateSnapshot a = new SeedGenerator(7).generate(300);
        assertThat(new SeedGenerator(7).generate(300)).isEqualTo(a);
        assertThat(new SeedGenerator(8).generate(300).users().get(0).id())
                .isNotEqualTo(a.users().get(0).id());
    }

    @Test
    void everyUserHasAUniqueEmailSkillsLanguagesAndAQueue() {
        StateSnapshot s = new SeedGenerator(42).generate(20_000);
        assertThat(s.users()).hasSize(20_000);
        assertThat(s.users().stream().map(UserRecord::email).distinct().count()).isEqualTo(20_000);
        assertThat(s.users().stream().map(UserRecord::id).distinct().count()).isEqualTo(20_000);
        assertThat(s.users()).allSatisfy(u -> {
            assertThat(u.name()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat(u.skills()).hasSizeBetween(2, 6);
            assertThat(u.languages()).hasSizeBetween(1, 2);
            assertThat(u.version()).isEqualTo(1);
        });
        Set<String> members = new HashSet<>();
        s.queues().forEach(q -> members.addAll(q.members()));
        assertThat(members).hasSize(20_000);
    }

    @Test
    void someQueuesHaveMembersThroughAGroupAndEveryQueueHasWrapupCodes() {
        StateSnapshot s = new SeedGenerator(42).generate(1000);
        assertThat(s.queues().stream().filter(q -> !q.groups().isEmpty())).isNotEmpty();
        assertThat(s.groups()).allSatisfy(g -> assertThat(g.members()).isNotEmpty());
        assertThat(s.queues()).allSatisfy(q -> assertThat(q.wrapupCodes()).hasSizeBetween(3, 6));
        assertThat(s.queues().stream().map(QueueState::name).collect(Collectors.toSet()))
                .hasSize(s.queues().size());
    }
}
