package dev.gcsync.sync.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.sync.plan.Op;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);

    private final List<Op> ops = List.of(
            new Op.SetSkills("u1", true, Map.of("s1", 4.5)),
            new Op.UpdateProfile("u1", 3, "Agent", null, "u2"),
            new Op.AddMembers("q1", List.of("u1", "u2")),
            new Op.RemoveWrapupCode("q1", "w1"));

    @Test
    void opsSurviveReopeningWithTheirStates() {
        long run;
        try (Journal journal = Journal.open(dir, clock)) {
            run = journal.startRun("d.yaml", "http://x", "{}", "{}", ops);
            journal.markSent(run, 1);
            journal.markDone(run, 1, 1, "corr-1");
            journal.markSent(run, 2);
            journal.markSent(run, 3);
            journal.markFailed(run, 3, 2, "corr-3", "400 bad.request: no such queue");
        }
        try (Journal journal = Journal.open(dir, clock)) {
            List<JournaledOp> read = journal.ops(run);
            assertThat(read).extracting(JournaledOp::op).containsExactlyElementsOf(ops);
            assertThat(read)
                    .extracting(JournaledOp::state)
                    .containsExactly(OpState.DONE, OpState.SENT, OpState.FAILED, OpState.PENDING);
            assertThat(read.get(0).correlationId()).isEqualTo("corr-1");
            assertThat(read.get(0).attempts()).isEqualTo(1);
            assertThat(read.get(2).attempts())
                    .as("a 5xx retried by the governor counts")
                    .isEqualTo(2);
            assertThat(read.get(2).error()).contains("no such queue");
            RunInfo info = journal.runs().get(0);
            assertThat(info.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(info.ops()).as("a SENT op without an answer is pending").isEqualTo(new OpCounts(4, 1, 1, 2, 0));
        }
    }

    @Test
    void resumeSupersedesUnfinishedOpsAndAppendsNewOnes() {
        try (Journal journal = Journal.open(dir, clock)) {
            long run = journal.startRun("d.yaml", "t", "{}", "{}", ops);
            journal.markSent(run, 1);
            journal.markDone(run, 1, 1, null);

            assertThat(journal.supersedeUnfinished(run)).isEqualTo(3);
            List<JournaledOp> added = journal.appendOps(run, List.of(new Op.RemoveLanguage("u1", "l1")));

            assertThat(added).singleElement().extracting(JournaledOp::seq).isEqualTo(5);
            assertThat(journal.ops(run))
                    .extracting(JournaledOp::state)
                    .containsExactly(
                            OpState.DONE, OpState.SUPERSEDED, OpState.SUPERSEDED, OpState.SUPERSEDED, OpState.PENDING);
        }
    }

    @Test
    void documentsAreStoredPerRunAndReplaced() {
        try (Journal journal = Journal.open(dir, clock)) {
            long run = journal.startRun("d.yaml", "t", "{\"d\":1}", "{\"p\":1}", List.of());
            journal.putDocumentBytes(run, "users.json.gz", new byte[] {1});
            journal.putDocumentBytes(run, "users.json.gz", new byte[] {2, 3});
            journal.finishRun(run, RunStatus.CONVERGED, "{\"s\":1}");

            assertThat(journal.documentBytes(run, "users.json.gz"))
                    .hasValueSatisfying(b -> assertThat(b).containsExactly(2, 3));
            assertThat(journal.document(run, "summary")).contains("{\"s\":1}");
            assertThat(journal.document(run, "desired")).contains("{\"d\":1}");
            assertThat(journal.documentBytes(run, "nothing")).isEmpty();
            assertThat(journal.run(run).orElseThrow().status()).isEqualTo(RunStatus.CONVERGED);
            assertThat(journal.run(run).orElseThrow().finishedAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    void twoRunsCannotHoldOneStateDirectory() {
        try (StateDirLock first = StateDirLock.acquire(dir)) {
            assertThatThrownBy(() -> StateDirLock.acquire(dir))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("state directory");
        }
        try (StateDirLock again = StateDirLock.acquire(dir)) {
            assertThat(again).isNotNull();
        }
    }
}
