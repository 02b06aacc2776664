package dev.gcsync.sync.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.sync.plan.Op;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run lifecycle as the journal enforces it: a newer apply retires unfinished runs; nothing goes back. */
class RunLifecycleTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T13:20:00Z"), ZoneOffset.UTC);
    private final List<Op> ops =
            List.of(new Op.SetSkills("u1", false, Map.of("s1", 3.0)), new Op.SetSkills("u2", false, Map.of("s1", 3.0)));

    @Test
    void theLifecycleTableAllowsOnlyForwardMoves() {
        // from → the statuses it may become (RUNNING → RUNNING: the resume of a run whose process died)
        Map<RunStatus, List<RunStatus>> allowed = Map.of(
                RunStatus.RUNNING, List.of(RunStatus.values()),
                RunStatus.STOPPED, List.of(RunStatus.RUNNING, RunStatus.SUPERSEDED),
                RunStatus.FAILED, List.of(RunStatus.RUNNING),
                RunStatus.CONVERGED, List.of(),
                RunStatus.SUPERSEDED, List.of());
        for (RunStatus from : RunStatus.values()) {
            for (RunStatus to : RunStatus.values()) {
                assertThat(from.canBecome(to))
                        .as(from + " → " + to)
                        .isEqualTo(allowed.get(from).contains(to));
            }
        }
    }

    @Test
    void aNewApplyRetiresTheUnfinishedRunsOfTheSameOrgOnly() {
        try (Journal journal = Journal.open(dir, clock)) {
            long crashed = journal.startRun("a.yaml", "org-1", "{}", "{}", ops);
            journal.markSent(crashed, 1);
            long other = journal.startRun("x.yaml", "org-2", "{}", "{}", ops);
            long stopped = journal.startRun("a.yaml", "org-1", "{}", "{}", ops);
            journal.finishRun(stopped, RunStatus.STOPPED, "{}");
            assertThat(journal.run(crashed).orElseThrow().status())
                    .as("the second apply already retired the crashed one")
                    .isEqualTo(RunStatus.SUPERSEDED);

            long newer = journal.startRun("b.yaml", "org-1", "{}", "{}", ops);

            assertThat(journal.supersededBy(newer)).extracting(RunInfo::id).containsExactly(stopped);
            RunInfo retired = journal.run(stopped).orElseThrow();
            assertThat(retired.status()).isEqualTo(RunStatus.SUPERSEDED);
            assertThat(retired.supersededBy()).isEqualTo(newer);
            assertThat(retired.statusReason())
                    .isEqualTo("superseded by run " + newer
                            + " (apply of b.yaml at 2026-12-04 13:20:00 UTC), which planned from a fresh read of the org;"
                            + " its unsent requests will not be sent");
            assertThat(retired.ops()).as("its unsent ops are retired with it").isEqualTo(new OpCounts(0, 0, 0, 0, 2));
            assertThat(journal.run(other).orElseThrow().status())
                    .as("another org's run")
                    .isEqualTo(RunStatus.RUNNING);
        }
    }

    @Test
    void aRetiredOrConvergedRunCannotBeReopenedNorFinishedAgain() {
        try (Journal journal = Journal.open(dir, clock)) {
            long old = journal.startRun("a.yaml", "org", "{}", "{}", ops);
            journal.finishRun(old, RunStatus.STOPPED, "{}");
            long newer = journal.startRun("b.yaml", "org", "{}", "{}", ops);
            journal.finishRun(newer, RunStatus.CONVERGED, "{}");

            assertThatThrownBy(() -> journal.reopen(old))
                    .isInstanceOf(JournalException.class)
                    .hasMessage("run " + old + " is SUPERSEDED and cannot become RUNNING");
            assertThatThrownBy(() -> journal.reopen(newer)).hasMessageContaining("CONVERGED and cannot become RUNNING");
            assertThatThrownBy(() -> journal.finishRun(newer, RunStatus.FAILED, null))
                    .hasMessageContaining("CONVERGED and cannot become FAILED");
            assertThat(journal.run(old).orElseThrow().status()).isEqualTo(RunStatus.SUPERSEDED);
        }
    }

    @Test
    void aReopenedRunCountsItsResumes() {
        try (Journal journal = Journal.open(dir, clock)) {
            long run = journal.startRun("a.yaml", "org", "{}", "{}", ops);
            journal.finishRun(run, RunStatus.STOPPED, "{}");
            journal.reopen(run);
            journal.finishRun(run, RunStatus.STOPPED, "{}");
            journal.reopen(run);

            RunInfo info = journal.run(run).orElseThrow();
            assertThat(info.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(info.finishedAt()).isNull();
            assertThat(info.resumes()).isEqualTo(2);
        }
    }

    @Test
    void resumeTakesOnlyTheLatestRunOfTheOrg() {
        try (Journal journal = Journal.open(dir, clock)) {
            long first = journal.startRun("a.yaml", "org", "{}", "{}", ops);
            long second = journal.startRun("a.yaml", "org", "{}", "{}", ops);
            journal.finishRun(second, RunStatus.CONVERGED, "{}");
            long third = journal.startRun("b.yaml", "org", "{}", "{}", ops);
            journal.finishRun(third, RunStatus.CONVERGED, "{}");
            List<RunInfo> runs = journal.runs();

            ResumeChoice latest = ResumeChoice.of(runs, "org", Optional.empty());
            assertThat(latest.run()).isEmpty();
            assertThat(latest.refused()).isFalse();
            assertThat(latest.message())
                    .contains("run " + third)
                    .contains("CONVERGED")
                    .contains("nothing to resume");

            ResumeChoice superseded = ResumeChoice.of(runs, "org", Optional.of(first));
            assertThat(superseded.refused()).isTrue();
            assertThat(superseded.message())
                    .startsWith("run " + first + " cannot be resumed: it was superseded by run " + second);

            ResumeChoice older = ResumeChoice.of(runs, "org", Optional.of(second));
            assertThat(older.refused()).isTrue();
            assertThat(older.message())
                    .contains("run " + third + " (apply of b.yaml")
                    .contains("came after it");

            assertThat(ResumeChoice.of(runs, "elsewhere", Optional.of(third)).refused())
                    .isTrue();
            assertThat(ResumeChoice.of(runs, "org", Optional.of(99L)).refused()).isTrue();
        }
    }

    @Test
    void resumeTakesTheLatestRunWhenUnfinished() {
        try (Journal journal = Journal.open(dir, clock)) {
            long run = journal.startRun("a.yaml", "org", "{}", "{}", ops);
            journal.startRun("z.yaml", "other-org", "{}", "{}", ops);

            ResumeChoice choice = ResumeChoice.of(journal.runs(), "org", Optional.empty());

            assertThat(choice.run()).map(RunInfo::id).contains(run);
            assertThat(choice.message()).contains("RUNNING with 2 request(s) pending");
        }
    }

    @Test
    void aStateDbOfAnOlderVersionGetsTheNewColumns() throws Exception {
        Files.createDirectories(dir);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("state.db"));
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL,"
                    + " finished_at TEXT, status TEXT NOT NULL, files TEXT, target TEXT, desired_json TEXT,"
                    + " plan_json TEXT, summary_json TEXT)");
            s.execute("INSERT INTO runs(started_at, status, files, target) VALUES('2026-11-01T02:00:00Z','STOPPED',"
                    + "'a.yaml','org')");
        }
        try (Journal journal = Journal.open(dir, clock)) {
            long newer = journal.startRun("b.yaml", "org", "{}", "{}", ops);

            assertThat(journal.run(1).orElseThrow().status()).isEqualTo(RunStatus.SUPERSEDED);
            assertThat(journal.run(1).orElseThrow().supersededBy()).isEqualTo(newer);
        }
    }
}
