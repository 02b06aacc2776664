package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gcsync doctor --budget-share}: the same option as apply's, and doctor shows the pace of every documented
 * org-wide bucket at that share (the emulator's profile {@code org}: 180 user-routing writes and 180 queue-member
 * writes and 60 queue writes per 60 s for the whole org, documented in its limit namespaces).
 */
class DoctorBudgetShareIT {
    @TempDir
    Path dir;

    private Emulator emulator;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(10)
                .seed(15)
                .policy(Profile.ORG.policy())
                .build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Cli.Run doctor(String... options) throws IOException {
        return Cli.run(Cli.against(emulator, dir, concat("doctor", options)));
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** The pacing lines of the org-wide buckets. */
    private static List<String> orgPacing(Cli.Run run) {
        return run.out()
                .lines()
                .filter(l -> l.startsWith("pacing: ") && l.contains(" per org"))
                .toList();
    }

    private static String pace(double share, int limit) {
        return String.format(
                Locale.ROOT,
                "at %.2f requests/s from the first request: %d per 60s per org",
                share * limit / 60.0,
                limit);
    }

    @Test
    void showsThePaceOfEveryOrgBucketAtTheShareGiven() throws IOException {
        Cli.Run byDefault = doctor();
        Cli.Run quarter = doctor("--budget-share", "0.25");
        Cli.Run all = doctor("--budget-share", "1");

        assertThat(byDefault.exit()).as(byDefault.out() + byDefault.err()).isZero();
        assertThat(quarter.exit()).as(quarter.out() + quarter.err()).isZero();
        assertThat(all.exit()).as(all.out() + all.err()).isZero();
        assertThat(orgPacing(byDefault)).hasSize(3).allMatch(l -> l.contains("--budget-share 0.40 of it"));
        assertThat(orgPacing(quarter)).hasSize(3).allMatch(l -> l.contains("--budget-share 0.25 of it"));
        assertThat(orgPacing(all)).hasSize(3).allMatch(l -> l.contains("--budget-share 1.00 of it"));
        assertThat(String.join("\n", orgPacing(byDefault)))
                .contains(pace(0.4, Profile.ORG_USER_ROUTING_WRITES))
                .contains(pace(0.4, Profile.ORG_QUEUE_WRITES));
        assertThat(String.join("\n", orgPacing(quarter)))
                .contains(pace(0.25, Profile.ORG_USER_ROUTING_WRITES))
                .contains(pace(0.25, Profile.ORG_QUEUE_MEMBER_WRITES))
                .contains(pace(0.25, Profile.ORG_QUEUE_WRITES));
        assertThat(String.join("\n", orgPacing(all))).contains(pace(1.0, Profile.ORG_USER_ROUTING_WRITES));
        assertThat(quarter.out())
                .as("the token's own limit is used in full whatever the share")
                .contains("pacing: starts at 5.0 requests/s per token (300/min)");
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedWithWhatToGive() throws IOException {
        for (String bad : List.of("0", "1.5", "-0.2")) {
            Cli.Run run = doctor("--budget-share", bad);

            assertThat(run.exit()).as(bad).isNotZero();
            assertThat(run.err()).as(bad).contains("--budget-share must be above 0 and at most 1");
            assertThat(run.out())
                    .as("nothing checked with a share that makes no sense")
                    .doesNotContain("pacing:");
        }
    }
}
