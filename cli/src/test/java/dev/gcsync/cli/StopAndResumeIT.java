package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped by a daily limit or a deadline exits 3 with work pending; resume finishes it. */
class StopAndResumeIT {
    @TempDir
    Path dir;

    private Emulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String[] args(String... first) throws IOException {
        List<String> all = new ArrayList<>(List.of(Cli.against(emulator, dir, first)));
        all.add("--no-progress");
        return all.toArray(String[]::new);
    }

    @Test
    void aDailyLimitStopsTheRunAndResumeFinishesIt() throws IOException {
        RatePolicy fast = RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(1));
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(120)
                .seed(5)
                .policy(fast.withDailyLimit(80))
                .build());
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);

        Cli.Run stopped = Cli.run(args("apply", "-f", desired.toString(), "--yes"));

        assertThat(stopped.exit()).as(stopped.out() + stopped.err()).isEqualTo(ExitCodes.STOPPED_EARLY);
        assertThat(stopped.out())
                .contains("STOPPED")
                .contains("gcsync resume")
                .contains("stopped early: the org asked to wait longer than --max-retry-after (until ")
                .doesNotContain("deadline");

        emulator.admin().setPolicy(fast);
        Cli.Run resumed = Cli.run(args("resume"));

        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("CONVERGED").contains("120 converged");
        assertThat(emulator.admin().counters().writes().values())
                .as("no op applied twice")
                .containsOnly(1L);
    }

    @Test
    void aDeadlineStopsTheRunAndResumeFinishesIt() throws IOException {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(300)
                .seed(6)
                .policy(RatePolicy.genesys().withLimit(100, Duration.ofSeconds(1)))
                .build());
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);

        Cli.Run stopped = Cli.run(args("apply", "-f", desired.toString(), "--yes", "--deadline", "2s"));

        assertThat(stopped.exit()).as(stopped.out() + stopped.err()).isEqualTo(ExitCodes.STOPPED_EARLY);
        Cli.Run runs = Cli.run("runs", "--state-dir", dir.resolve("state").toString());
        assertThat(runs.out()).contains("STOPPED");

        Cli.Run resumed = Cli.run(args("resume"));

        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        assertThat(emulator.admin().counters().writes().values())
                .as("no op applied twice")
                .containsOnly(1L);
        assertThat(Cli.run(args("resume")).err()).contains("nothing to resume");
    }
}
