package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.StateSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hidden user-writes bucket (no header describes it) is learned on the first night, kept in the state dir,
 * and the second night starts at the learned pace: not one 429. {@code doctor} lists it and forgets it.
 */
class LearnedLimitsIT {
    @TempDir
    Path dir;

    private Emulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String[] args(String... first) throws IOException {
        return Cli.against(emulator, dir, first);
    }

    @Test
    void theSecondNightStartsAtTheLearnedPaceAndMeetsNo429() throws IOException {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(300, Duration.ofSeconds(2))
                .withBuckets(List.of(BucketRule.userWrites(10)));
        emulator = Emulator.start(
                EmulatorConfig.builder().users(30).seed(8).policy(policy).build());
        StateSnapshot initial = emulator.admin().exportState();
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(initial, desired);

        Cli.Run first = Cli.run(args("apply", "-f", desired.toString(), "--yes", "--no-progress"));

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(emulator.admin().counters().throttled())
                .as("the first night meets the bucket")
                .isPositive();
        Cli.Run doctor = Cli.run(args("doctor"));
        assertThat(doctor.out()).contains("users:write").contains("10 per 2s");

        emulator.admin().importState(initial);
        emulator.admin().reset();
        Cli.Run second = Cli.run(args("apply", "-f", desired.toString(), "--yes", "--no-progress"));

        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.err()).contains("pacing users:write at");
        assertThat(emulator.admin().counters().throttled())
                .as("429s on the second night")
                .isZero();
        assertThat(emulator.admin().counters().writes().values()).containsOnly(1L);

        Cli.Run forget = Cli.run(args("doctor", "--forget-learned-limits"));
        assertThat(forget.out()).contains("forgot 1 learned rate limit");
        assertThat(Cli.run(args("doctor")).out()).contains("none: every endpoint family is paced from the headers");
    }
}
