package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.RunInfo;
import dev.gcsync.sync.journal.RunStatus;
import dev.gcsync.sync.report.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why 2 of issue 14: a real SIGINT (Ctrl-C) or SIGTERM to a real {@code gcsync apply} process stops it cleanly —
 * exit 3, STOPPED in the journal, the summary printed, the report written — and resume finishes the run without
 * sending anything twice. A second Ctrl-C aborts at once and says so.
 */
class SignalStopIT {
    @TempDir
    Path dir;
    // 120 requests/s and 40 ms per answer: the apply of 400 users takes seconds, so the signal lands mid-run
    private final Emulator emulator = Emulator.start(EmulatorConfig.builder()
            .users(400)
            .seed(12)
            .policy(RatePolicy.genesys().withLimit(120, Duration.ofSeconds(1)))
            .faults(Faults.none().withLatency(Latency.none().withFixed(Duration.ofMillis(40))))
            .build());

    @AfterEach
    void stop() {
        emulator.close();
    }

    private List<String> org() throws IOException {
        return List.of(Cli.against(emulator, dir));
    }

    private ChildGcsync applyInChild() throws IOException {
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);
        List<String> args = new ArrayList<>(List.of(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--no-progress",
                "--report-dir",
                dir.resolve("report").toString()));
        args.addAll(org());
        ChildGcsync child = ChildGcsync.start(dir, args);
        assertThat(child.awaitWhileAlive(() -> writes() >= 60, 60))
                .as("the apply is sending: " + child.err())
                .isTrue();
        return child;
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT, (Ctrl-C)", "TERM, ''"})
    void aSignalStopsTheRunCleanlyAndResumeFinishesIt(String signal, String aside) throws Exception {
        ChildGcsync child = applyInChild();

        child.signal(signal);
        int exit = child.exit(60);

        String how = "interrupted by SIG" + signal + (aside.isEmpty() ? "" : " " + aside);
        assertThat(exit).as(child.out() + child.err()).isEqualTo(ExitCodes.STOPPED_EARLY);
        assertThat(child.err()).contains("SIG" + signal).contains("stopping cleanly");
        assertThat(child.out())
                .contains("gcsync run 1: STOPPED")
                .contains("stopped early: " + how)
                .contains("exit code   3 (STOPPED)");
        var summary = SummaryJson.read(Files.readString(dir.resolve("report/summary.json")));
        assertThat(summary.status()).isEqualTo("STOPPED");
        assertThat(summary.opsPending()).isPositive();
        assertThat(summary.notes()).anyMatch(n -> n.contains(how));
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            RunInfo run = journal.runs().get(0);
            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.ops().pending()).isEqualTo(summary.opsPending());
            assertThat(run.ops().done()).isEqualTo(summary.opsDone());
        }
        long written = writes();

        Cli.Run resumed = Cli.run(Cli.against(emulator, dir, "resume", "--no-progress"));

        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out())
                .contains("gcsync run 1: CONVERGED")
                .contains("400 converged")
                .contains("resumed once");
        assertThat(writes()).isGreaterThan(written);
        assertThat(emulator.admin().counters().writes().values())
                .as("no request applied twice")
                .containsOnly(1L);
    }

    @Test
    void aSecondCtrlCAbortsAtOnceAndSaysSo() throws Exception {
        emulator.admin().setFaults(Faults.none().withLatency(Latency.none().withFixed(Duration.ofMillis(40))));
        ChildGcsync child = applyInChild();
        // answers now take 3 s: the first Ctrl-C waits for the requests in flight, the second does not
        emulator.admin().setFaults(Faults.none().withLatency(Latency.none().withFixed(Duration.ofSeconds(3))));

        child.signal("INT");
        assertThat(child.awaitWhileAlive(() -> child.err().contains("stopping cleanly"), 30))
                .isTrue();
        child.signal("INT");
        int exit = child.exit(30);

        assertThat(exit).isEqualTo(130);
        assertThat(child.err())
                .contains("SIGINT (Ctrl-C) again: aborting at once")
                .contains("'gcsync resume' finishes it");
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            assertThat(journal.runs().get(0).status()).isEqualTo(RunStatus.RUNNING);
        }
        emulator.admin().setFaults(Faults.none());
        Cli.Run resumed = Cli.run(Cli.against(emulator, dir, "resume", "--no-progress"));
        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        // An abort leaves the requests in flight to the server: ones it had not applied yet when resume read the
        // org are sent again. Only those (at most --in-flight, 8) — and every op is idempotent or versioned.
        var twice = emulator.admin().counters().writes().values().stream()
                .filter(n -> n > 1)
                .toList();
        assertThat(twice)
                .as("only requests in flight at the abort")
                .hasSizeLessThanOrEqualTo(8)
                .allMatch(n -> n == 2L);
        Cli.Run plan = Cli.run(Cli.stateless(
                emulator, dir, "plan", "-f", dir.resolve("desired.yaml").toString()));
        assertThat(plan.out()).startsWith("No changes");
    }

    @Test
    void aCtrlCBeforeAnyWriteEndsAtOnceAndChangesNothing() throws Exception {
        emulator.admin().setFaults(Faults.none().withLatency(Latency.none().withFixed(Duration.ofSeconds(2))));
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);
        List<String> args = new ArrayList<>(List.of("apply", "-f", desired.toString(), "--yes", "--no-progress"));
        args.addAll(org());
        ChildGcsync child = ChildGcsync.start(dir, args);
        assertThat(child.awaitWhileAlive(() -> child.err().contains("reading the org"), 60))
                .isTrue();

        child.signal("INT");

        assertThat(child.exit(30)).isEqualTo(130);
        assertThat(child.err()).contains("SIGINT (Ctrl-C) before any write: nothing was changed.");
        assertThat(writes()).isZero();
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            assertThat(journal.runs()).isEmpty();
        }
    }

    private long writes() {
        return emulator.admin().counters().writes().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
