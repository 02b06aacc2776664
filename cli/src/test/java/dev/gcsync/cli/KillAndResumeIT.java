package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.RunInfo;
import dev.gcsync.sync.journal.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of an apply, then {@code gcsync resume}: nothing lost, nothing applied twice. */
class KillAndResumeIT {
    @TempDir
    Path dir;

    private final Emulator emulator = Emulator.start(EmulatorConfig.builder()
            .users(600)
            .seed(11)
            .policy(RatePolicy.genesys().withLimit(150, Duration.ofSeconds(1)))
            .build());

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void resumeAfterKillFinishesWithoutRepeatingAWrite() throws Exception {
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);
        Path secret = dir.resolve("secret");
        Files.writeString(secret, EmulatorConfig.DEFAULT_CLIENT_SECRET);
        Path state = dir.resolve("state");
        List<String> org = List.of(
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secret.toString(),
                "--state-dir",
                state.toString());

        List<String> args = new ArrayList<>(List.of("apply", "-f", desired.toString(), "--yes", "--no-progress"));
        args.addAll(org);
        ChildGcsync child = ChildGcsync.start(dir, args);
        assertThat(child.awaitWhileAlive(() -> writes() >= 200, 60))
                .as("the apply is still under way when killed")
                .isTrue();
        child.signal("KILL");
        assertThat(child.exit(30)).isEqualTo(128 + 9);
        long writtenBeforeKill = writes();

        try (Journal journal = Journal.open(state, Clock.systemUTC())) {
            RunInfo run = journal.runs().get(0);
            assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(run.ops().pending()).isPositive();
        }

        String[] resume = concat(List.of("resume"), org);
        Cli.Run resumed = Cli.run(resume);

        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("CONVERGED");
        assertThat(writtenBeforeKill).isLessThan(writes());
        assertThat(emulator.admin().counters().writes().values())
                .as("no op applied twice")
                .containsOnly(1L);
        Cli.Run plan = Cli.run(concat(List.of("plan", "-f", desired.toString()), org.subList(0, org.size() - 2)));
        assertThat(plan.exit()).as(plan.out()).isEqualTo(ExitCodes.OK);
    }

    private long writes() {
        return emulator.admin().counters().writes().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static String[] concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
