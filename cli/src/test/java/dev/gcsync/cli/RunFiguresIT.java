package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.sync.engine.StoredReports;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.report.RunSummary;
import dev.gcsync.sync.report.SummaryJson;
import dev.gcsync.sync.report.TimelinePoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why 5 of issue 14, each contradiction through the real CLI: one set of counts for the console, summary.json,
 * users.csv, report.html and {@code gcsync runs}, across resumes; stop reasons that read as what happened;
 * timestamps with their seconds and without nanoseconds.
 */
class RunFiguresIT {
    private static final Pattern NANO_INSTANT = Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d+Z");

    @TempDir
    Path dir;

    private Emulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private void start(int users, int perSecond) {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(users)
                .seed(31)
                .policy(RatePolicy.genesys().withLimit(perSecond, Duration.ofSeconds(1)))
                .build());
    }

    private String[] run(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(Cli.against(emulator, dir, args)));
        all.add("--no-progress");
        return all.toArray(String[]::new);
    }

    private RunSummary summary(String reportDir) throws IOException {
        return SummaryJson.read(Files.readString(dir.resolve(reportDir).resolve("summary.json")));
    }

    @Test
    void usersWhoseOnlyNotesAreGroupMembershipsCountAsUnchanged() throws IOException {
        start(120, 100_000);
        Path exported = dir.resolve("current.yaml");
        assertThat(Cli.run(Cli.stateless(emulator, dir, "export", "-o", exported.toString()))
                        .exit())
                .isZero();

        Cli.Run plan = Cli.run(
                Cli.stateless(emulator, dir, "plan", "-f", exported.toString(), "--mode", "queues=authoritative"));
        Cli.Run apply = Cli.run(run(
                "apply",
                "-f",
                exported.toString(),
                "--yes",
                "--mode",
                "queues=authoritative",
                "--report-dir",
                dir.resolve("r").toString()));

        assertThat(plan.out()).contains("\nNo changes: the 120 listed users").contains("member through a group");
        assertThat(apply.out())
                .contains("0 changed · 120 unchanged")
                .contains("(of 120 listed)")
                .contains("come through a group and were left alone");
        assertThat(summary("r").usersListed()).isEqualTo(120);
    }

    @Test
    void skipInvalidCountsEveryRowAndDoesNotCallTheRunFailed() throws IOException {
        start(20, 100_000);
        var org = emulator.admin().exportState();
        Path desired = dir.resolve("four.yaml");
        StringBuilder yaml = new StringBuilder("users:\n");
        yaml.append("  - email: ")
                .append(org.users().get(0).email())
                .append("\n    skills: { \"")
                .append(org.skills().get(0).name())
                .append("\": 2.5 }\n");
        for (int i = 1; i <= 3; i++) {
            yaml.append("  - email: ")
                    .append(org.users().get(i).email())
                    .append("\n    skills: { \"No such skill ")
                    .append(i)
                    .append("\": 2 }\n");
        }
        Files.writeString(desired, yaml);

        Cli.Run apply = Cli.run(run(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--skip-invalid",
                "--report-dir",
                dir.resolve("r").toString()));

        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.out())
                .contains("gcsync run 1: CONVERGED")
                .contains("0 failed")
                .contains("3 invalid (of 4 listed)")
                .contains("3 entries were left out")
                .contains("Users needing attention (all 3 of 3");
        RunSummary s = summary("r");
        assertThat(List.of(s.usersListed(), s.usersChanged(), s.usersConverged(), s.usersInvalid()))
                .containsExactly(4, 1, 1, 3);
        assertThat(Files.readAllLines(dir.resolve("r/users.csv"))).hasSize(1 + 4);
    }

    @Test
    void aResumedRunsFiguresCoverTheWholeRunAndRunsShowsTheSameFigures() throws IOException {
        start(300, 100);
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);

        Cli.Run stopped = Cli.run(run(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--deadline",
                "2s",
                "--report-dir",
                dir.resolve("first").toString()));
        assertThat(stopped.exit()).as(stopped.out() + stopped.err()).isEqualTo(ExitCodes.STOPPED_EARLY);
        assertThat(stopped.out())
                .contains("stopped early: the --deadline came before every request was sent")
                .doesNotContain("server allows");
        RunSummary first = summary("first");

        Cli.Run resumed =
                Cli.run(run("resume", "--report-dir", dir.resolve("whole").toString()));
        assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
        RunSummary whole = summary("whole");

        assertThat(resumed.out()).contains("resumed once; the figures and the chart cover the whole run");
        assertThat(whole.resumes()).isEqualTo(1);
        assertThat(whole.usersListed()).isEqualTo(300);
        assertThat(whole.usersChanged())
                .isEqualTo(first.usersChanged())
                .isEqualTo(whole.usersConverged() + whole.usersFailed() + whole.usersPending());
        assertThat(whole.usersChanged() + whole.usersUnchanged() + whole.usersInvalid())
                .isEqualTo(300);
        assertThat(whole.opsPlanned()).isEqualTo(whole.opsDone() + whole.opsFailed() + whole.opsPending());
        assertThat(whole.opsDone()).as("the first part's ops are still counted").isGreaterThan(first.opsDone());
        assertThat(whole.opsReplaced()).isEqualTo(first.opsPending());
        assertThat(whole.requests()).as("requests of both parts").isGreaterThan(first.requests());
        assertThat(Files.readAllLines(dir.resolve("whole/users.csv"))).hasSize(1 + 300);
        assertThat(Files.readString(dir.resolve("whole/report.html")))
                .contains("<h1>gcsync run 1: CONVERGED (resumed once)</h1>")
                .contains("the figures and the chart cover");

        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            var stored = StoredReports.load(journal, 1).orElseThrow();
            assertThat(stored.summary()).isEqualTo(whole);
            assertThat(stored.timeline().stream()
                            .mapToLong(TimelinePoint::requests)
                            .sum())
                    .as("the chart covers both parts")
                    .isEqualTo(whole.requests());
        }

        Cli.Run runs = Cli.run("runs", "--state-dir", dir.resolve("state").toString());
        String row = Arrays.stream(runs.out().split("\n"))
                .filter(l -> l.startsWith("1 "))
                .findFirst()
                .orElseThrow();
        assertThat(row.trim().split("\\s+"))
                .as(runs.out())
                .containsSequence(
                        "CONVERGED",
                        Integer.toString(whole.opsPlanned()),
                        Integer.toString(whole.opsDone()),
                        Integer.toString(whole.opsFailed()),
                        Integer.toString(whole.opsPending()),
                        Long.toString(whole.requests()));
    }

    @Test
    void aSavedPlanAppliedTwiceFindsNothingToDoAndNothingInvalid() throws IOException {
        start(60, 100_000);
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);
        Path saved = dir.resolve("plan.json");
        assertThat(Cli.run(Cli.stateless(emulator, dir, "plan", "-f", desired.toString(), "-o", saved.toString()))
                        .exit())
                .isEqualTo(ExitCodes.CHANGES_PENDING);
        assertThat(Cli.run(run("apply", "--plan", saved.toString(), "--yes")).exit())
                .isZero();

        Cli.Run again = Cli.run(run("apply", "--plan", saved.toString(), "--yes"));

        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out())
                .startsWith("No changes: the 60 listed users")
                .contains("gcsync run 2: CONVERGED")
                .contains("60 unchanged")
                .contains("0 invalid (of 60 listed)");
    }

    @Test
    void timesKeepTheirSecondsAndNeverShowNanoseconds() throws IOException {
        start(40, 100_000);
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);

        Cli.Run apply = Cli.run(run("apply", "-f", desired.toString(), "--yes"));

        assertThat(apply.exit()).isZero();
        assertThat(apply.err().lines().filter(l -> !l.startsWith("  ")))
                .isNotEmpty()
                .allMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d .*"), "starts HH:mm:ss");
        assertThat(NANO_INSTANT.matcher(apply.out()).find()).as(apply.out()).isFalse();
        assertThat(apply.out()).containsPattern("wall time .*\\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC → ");
    }
}
