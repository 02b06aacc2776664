package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.SeedStyle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new user's first steps on a messy org, through the commands: export, plan, apply. */
class MessyOrgCommandsIT {
    @TempDir
    Path dir;

    private final Emulator emulator = Emulator.start(
            EmulatorConfig.builder()
                    .users(300)
                    .seed(11)
                    .profile(Profile.UNLIMITED)
                    .build(),
            SeedStyle.MESSY);

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aCsvExportOfAMessyOrgPlansNothingAndAppliesWithNoWrite() throws IOException {
        Path csv = dir.resolve("current.csv");
        Cli.Run export = Cli.run(noJournal("export", "-o", csv.toString()));
        assertThat(export.exit()).as(export.err()).isZero();
        String queues = dir.resolve("current.queues.csv").toString();

        Cli.Run plan = Cli.run(noJournal("plan", "-f", csv.toString(), "-f", queues));
        emulator.admin().resetCounters();
        Cli.Run apply = Cli.run(Cli.against(emulator, dir, "apply", "-f", csv.toString(), "-f", queues, "--yes"));

        assertThat(plan.exit()).as(plan.out() + plan.err()).isEqualTo(ExitCodes.OK);
        assertThat(apply.exit()).as(apply.out() + apply.err()).isEqualTo(ExitCodes.OK);
        assertThat(emulator.admin().counters().writes()).isEmpty();
    }

    /** The options of {@link Cli#against} without {@code --state-dir} (export and plan keep no journal). */
    private String[] noJournal(String... first) throws IOException {
        String[] all = Cli.against(emulator, dir, first);
        return Arrays.copyOf(all, all.length - 2);
    }

    @Test
    void anUnknownSeedStyleIsAUsageErrorNamingTheChoices() {
        Cli.Run run = Cli.run("emulator", "--port", "0", "--seed-style", "chaotic");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("'chaotic' is not a seed style; use tidy or messy");
    }
}
