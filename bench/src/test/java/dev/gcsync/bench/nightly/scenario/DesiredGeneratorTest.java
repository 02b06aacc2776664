package dev.gcsync.bench.nightly.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.store.StateSnapshot;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DesiredGeneratorTest {
    @Test
    void changesTheScenariosShareOfUsersAndAQuarterOfThemJoinAQueueTheyWereNotIn() {
        Scenario s = new Scenario("t", "t", 400, 7, Profile.GENESYS, 12, 0.05, 0.25, false, Duration.ofSeconds(5));
        StateSnapshot org;
        try (Emulator e =
                Emulator.start(EmulatorConfig.builder().users(400).seed(7).build())) {
            org = e.admin().exportState();
        }

        Desired d = DesiredGenerator.make(org, s, new SplittableRandom(7));

        assertThat(d.users()).hasSize(400);
        assertThat(d.changing()).hasSize(20);
        assertThat(d.users().stream().filter(u -> u.joinQueue() != null)).hasSize(5);
        assertThat(d.queues())
                .hasSize(Scenario.WRAPUP_QUEUES)
                .allSatisfy(q -> assertThat(q.add()).hasSize(2).doesNotContainAnyElementsOf(q.remove()));
        d.users().stream().filter(u -> u.joinQueue() != null).forEach(u -> assertThat(org.queues().stream()
                        .filter(q -> q.id().equals(u.joinQueue()))
                        .findFirst()
                        .orElseThrow()
                        .members())
                .doesNotContain(u.id()));
        assertThat(DesiredGenerator.make(org, s, new SplittableRandom(7))).isEqualTo(d);
    }
}
