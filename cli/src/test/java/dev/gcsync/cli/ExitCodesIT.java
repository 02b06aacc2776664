package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same condition exits the same way from every command, through the real command line against an
 * emulator on loopback: a bad file 1, an unreachable org 1, a read stopped by a long Retry-After 3, pending
 * changes 2 from plan, and the run's own outcome from apply and resume.
 */
class ExitCodesIT {
    private static final RatePolicy FAST = RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(1));

    @TempDir
    Path dir;

    private Emulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private Path desired() throws IOException {
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);
        return desired;
    }

    private String[] org(String... first) throws IOException {
        List<String> all = new ArrayList<>(List.of(Cli.against(emulator, dir, first)));
        all.add("--no-progress");
        return all.toArray(String[]::new);
    }

    private String[] orgWithoutJournal(String... first) throws IOException {
        return Cli.stateless(emulator, dir, first);
    }

    private static void assertExit(Cli.Run run, int code, String command) {
        assertThat(run.exit()).as(command + "\n" + run.out() + run.err()).isEqualTo(code);
    }

    @Test
    void aFileWithAnErrorExitsOneFromEveryCommandThatReadsOneAndWritesNothing() throws IOException {
        emulator = Emulator.start(
                EmulatorConfig.builder().users(20).seed(1).policy(FAST).build());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "users:\n  - email: nobody\n    skills: {Sales: eleven}\n");

        assertExit(Cli.run("validate", "-f", bad.toString()), ExitCodes.FAILURE, "validate");
        assertExit(Cli.run(orgWithoutJournal("plan", "-f", bad.toString())), ExitCodes.FAILURE, "plan");
        assertExit(Cli.run(org("apply", "-f", bad.toString(), "--yes")), ExitCodes.FAILURE, "apply");
        assertThat(emulator.admin().counters().writes()).as("nothing written").isEmpty();
    }

    @Test
    void aBrokenSettingsFileExitsOneFromEveryCommandThatTalksToAnOrg() throws IOException {
        emulator = Emulator.start(
                EmulatorConfig.builder().users(20).seed(1).policy(FAST).build());
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "region: [eu_west_1\n");
        Path desired = desired();
        Map<String, String[]> commands = Map.of(
                "plan", new String[] {"plan", "-f", desired.toString()},
                "apply", new String[] {"apply", "-f", desired.toString(), "--yes", "--state-dir", dir.toString()},
                "resume", new String[] {"resume", "--state-dir", dir.toString()},
                "export", new String[] {"export", "-o", dir.resolve("out.yaml").toString()},
                "doctor", new String[] {"doctor"},
                "proxy", new String[] {"proxy", "--listen", "127.0.0.1:0"});
        commands.forEach((name, args) -> {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--config", config.toString()));
            Cli.Run run = Cli.run(all.toArray(String[]::new));
            assertExit(run, ExitCodes.FAILURE, name);
            assertThat(run.err()).as(name).contains(config.toString()).doesNotContain("Unknown option");
        });
        assertThat(emulator.admin().counters().requests())
                .as("no command talked to the org")
                .isZero();
    }

    @Test
    void anUnreachableOrgExitsOneFromEveryCommandThatTalksToIt() throws IOException {
        emulator = Emulator.start(
                EmulatorConfig.builder().users(20).seed(1).policy(FAST).build());
        Path desired = desired();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path secret = dir.resolve("secret");
        Files.writeString(secret, EmulatorConfig.DEFAULT_CLIENT_SECRET);
        List<String> nowhere = List.of(
                "--api-url",
                "http://127.0.0.1:" + closedPort,
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secret.toString());
        Map<String, List<String>> commands = Map.of(
                "plan", List.of("plan", "-f", desired.toString()),
                "apply",
                        List.of(
                                "apply",
                                "-f",
                                desired.toString(),
                                "--yes",
                                "--no-progress",
                                "--state-dir",
                                dir.resolve("state").toString()),
                "export", List.of("export", "-o", dir.resolve("out.yaml").toString()),
                "doctor", List.of("doctor", "--state-dir", dir.resolve("state").toString()));
        commands.forEach((name, args) -> {
            List<String> all = new ArrayList<>(args);
            all.addAll(nowhere);
            assertExit(Cli.run(all.toArray(String[]::new)), ExitCodes.FAILURE, name);
        });
    }

    @Test
    void aReadStoppedByALongRetryAfterExitsThreeFromEveryCommand() throws IOException {
        emulator = Emulator.start(
                EmulatorConfig.builder().users(40).seed(2).policy(FAST).build());
        Path desired = desired();
        emulator.admin().setPolicy(FAST.withDailyLimit(1));

        Cli.Run plan = Cli.run(orgWithoutJournal("plan", "-f", desired.toString()));
        assertExit(plan, ExitCodes.STOPPED_EARLY, "plan");
        assertThat(plan.err()).contains("Nothing was lost: run the same command again after");
        assertExit(
                Cli.run(orgWithoutJournal(
                        "export", "-o", dir.resolve("out.yaml").toString())),
                ExitCodes.STOPPED_EARLY,
                "export");
        assertExit(Cli.run(org("apply", "-f", desired.toString(), "--yes")), ExitCodes.STOPPED_EARLY, "apply");
        assertThat(emulator.admin().counters().writes())
                .as("a stopped read writes nothing")
                .isEmpty();

        emulator.admin().setPolicy(FAST.withDailyLimit(30));
        assertExit(
                Cli.run(org("apply", "-f", desired.toString(), "--yes")),
                ExitCodes.STOPPED_EARLY,
                "apply stopped mid-run");
        emulator.admin().setPolicy(FAST.withDailyLimit(1));
        assertExit(Cli.run(org("resume")), ExitCodes.STOPPED_EARLY, "resume whose reads are stopped");
        emulator.admin().setPolicy(FAST);
        assertExit(Cli.run(org("resume")), ExitCodes.OK, "resume");
    }

    @Test
    void pendingChangesExitTwoFromPlanOnlyAndZeroOnceApplied() throws IOException {
        emulator = Emulator.start(
                EmulatorConfig.builder().users(20).seed(3).policy(FAST).build());
        Path desired = desired();

        Cli.Run plan = Cli.run(orgWithoutJournal("plan", "-f", desired.toString()));
        assertExit(plan, ExitCodes.CHANGES_PENDING, "plan");
        Cli.Run apply = Cli.run(org("apply", "-f", desired.toString(), "--yes"));
        assertExit(apply, ExitCodes.OK, "apply");
        assertThat(apply.out())
                .as("without a terminal, apply lists every change, as plan does")
                .startsWith(plan.out())
                .doesNotContain("more users and queues");
        assertExit(Cli.run(orgWithoutJournal("plan", "-f", desired.toString())), ExitCodes.OK, "plan in sync");
        assertExit(Cli.run(org("resume")), ExitCodes.OK, "resume with nothing to resume");
        assertExit(Cli.run("runs", "--state-dir", dir.resolve("state").toString()), ExitCodes.OK, "runs");
        assertExit(
                Cli.run(
                        "report",
                        "1",
                        "--state-dir",
                        dir.resolve("state").toString(),
                        "--report-dir",
                        dir.resolve("r").toString()),
                ExitCodes.OK,
                "report");
        assertExit(
                Cli.run("report", "9", "--state-dir", dir.resolve("state").toString()),
                ExitCodes.FAILURE,
                "report of no run");
    }
}
