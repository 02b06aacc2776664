package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.UserRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why 1 of issue 14, as an admin ran it: Ctrl-C an apply; apply the same file again to the end; apply a newer
 * file; then the nightly {@code gcsync resume; gcsync apply}. Resume used to revive run 1 and write its older
 * desired state over run 3's. Judged by the emulator's state: run 3's changes survive, resume writes nothing.
 */
class ResumeAfterNewerRunIT {
    @TempDir
    Path dir;

    private final Emulator emulator = Emulator.start(EmulatorConfig.builder()
            .users(300)
            .seed(21)
            .policy(RatePolicy.genesys().withLimit(150, Duration.ofSeconds(1)))
            .faults(Faults.none().withLatency(Latency.none().withFixed(Duration.ofMillis(20))))
            .build());

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void resumeRefusesARunThatALaterRunSupersededAndTheNewerChangesSurvive() throws Exception {
        Path older = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), older);

        // 1. Ctrl-C (a real SIGINT) in the middle of the apply: run 1 STOPPED
        List<String> args = new ArrayList<>(List.of("apply", "-f", older.toString(), "--yes", "--no-progress"));
        args.addAll(List.of(Cli.against(emulator, dir)));
        ChildGcsync child = ChildGcsync.start(dir, args);
        assertThat(child.awaitWhileAlive(() -> writes() >= 40, 60))
                .as(child.err())
                .isTrue();
        child.signal("INT");
        assertThat(child.exit(60)).as(child.out() + child.err()).isEqualTo(ExitCodes.STOPPED_EARLY);

        // 2. the same apply again, to the end: run 2 retires run 1 and says so
        Cli.Run second = Cli.run(Cli.against(emulator, dir, "apply", "-f", older.toString(), "--yes", "--no-progress"));
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.err()).contains("run 2 supersedes run 1 (apply of " + older);
        assertThat(second.out()).contains("gcsync run 2: CONVERGED").contains("this run superseded run 1");

        // 3. the next night, a newer file: run 3
        Path newer = dir.resolve("desired-next.yaml");
        DemoScenario.write(emulator.admin().exportState(), newer);
        Cli.Run third = Cli.run(Cli.against(emulator, dir, "apply", "-f", newer.toString(), "--yes", "--no-progress"));
        assertThat(third.exit()).as(third.out() + third.err()).isZero();
        assertThat(third.out()).contains("gcsync run 3: CONVERGED").contains("300 converged");
        List<UserRecord> afterRun3 = emulator.admin().exportState().users();
        long writesAfterRun3 = writes();

        // 4. the nightly resume: nothing to resume; run 1 and run 2 by id: refused, exit 1
        Cli.Run resume = Cli.run(Cli.against(emulator, dir, "resume", "--no-progress"));
        assertThat(resume.exit()).as(resume.err()).isEqualTo(ExitCodes.OK);
        assertThat(resume.err())
                .contains("the latest run of")
                .contains("run 3 (apply of " + newer)
                .contains("is CONVERGED; nothing to resume");
        Cli.Run first = Cli.run(Cli.against(emulator, dir, "resume", "1", "--no-progress"));
        assertThat(first.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(first.err())
                .contains("run 1 cannot be resumed: it was superseded by run 2")
                .contains("would write its older desired state");
        Cli.Run two = Cli.run(Cli.against(emulator, dir, "resume", "2", "--no-progress"));
        assertThat(two.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(two.err())
                .contains("run 2 cannot be resumed: run 3 (apply of " + newer)
                .contains("came after it");
        // ... and the apply of the cron line finds nothing to do
        Cli.Run cronApply =
                Cli.run(Cli.against(emulator, dir, "apply", "-f", newer.toString(), "--yes", "--no-progress"));
        assertThat(cronApply.exit()).as(cronApply.out() + cronApply.err()).isZero();

        assertThat(writes()).as("resume wrote nothing").isEqualTo(writesAfterRun3);
        assertThat(emulator.admin().exportState().users())
                .as("run 3's changes survive")
                .isEqualTo(afterRun3);
        Cli.Run runs = Cli.run("runs", "--state-dir", dir.resolve("state").toString());
        assertThat(runs.out()).contains("SUPERSEDED").contains("superseded by run 2");
    }

    private long writes() {
        return emulator.admin().counters().writes().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
