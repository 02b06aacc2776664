package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.journal.OpState;
import dev.gcsync.sync.report.UserOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile PATCH that lands but is answered 504 is ambiguous: gcsync re-reads instead of replaying, so
 * the versioned write is applied exactly once; a 409 from another admin's edit is re-read and re-sent.
 */
class AmbiguousWritesIT {
    @TempDir
    Path dir;

    private final EmulatedOrg org = new EmulatedOrg(60, RatePolicy.genesys().withLimit(5_000, Duration.ofSeconds(1)));

    @AfterEach
    void stop() {
        org.close();
    }

    private RunOutcome applyTitles(Faults faults) throws IOException {
        StateSnapshot state = org.emulator.admin().exportState();
        StringBuilder yaml = new StringBuilder("users:\n");
        for (UserRecord u : state.users()) {
            yaml.append("  - email: ").append(u.email()).append("\n    title: Night Shift Lead\n");
        }
        Path file = dir.resolve("titles.yaml");
        Files.writeString(file, yaml);
        var read = new DesiredStateReader().read(List.of(file));
        var session = org.session(SyncOptions.defaults());
        Prepared prepared = session.engine().prepare(read.state(), read.problems());
        org.emulator.admin().setFaults(faults);
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            RunOutcome outcome = session.engine().apply(prepared, journal, (op, r) -> {});
            List<JournaledOp> ops = journal.ops(outcome.runId());
            assertThat(ops).extracting(JournaledOp::state).doesNotContain(OpState.FAILED, OpState.PENDING);
            return outcome;
        }
    }

    @Test
    void anAppliedButUnansweredPatchIsReadBackNotReplayed() throws IOException {
        RunOutcome outcome = applyTitles(Faults.none().withAppliedErrorRate(0.5));

        assertThat(outcome.report().users()).extracting(UserOutcome::status).containsOnly(UserOutcome.Status.CONVERGED);
        var writes = org.emulator.admin().counters().writes();
        assertThat(org.emulator.admin().counters().faults()).containsKey("APPLIED_THEN_ERROR");
        assertThat(writes.entrySet())
                .filteredOn(e -> e.getKey().startsWith("PATCH_USER"))
                .hasSize(60)
                .allMatch(e -> e.getValue() == 1L, "each profile applied exactly once");
    }

    @Test
    void aConcurrentEditIsReadAndPatchedWithTheFreshVersion() throws IOException {
        RunOutcome outcome = applyTitles(Faults.none().withConflictRate(0.1));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.report().users()).extracting(UserOutcome::status).containsOnly(UserOutcome.Status.CONVERGED);
        assertThat(org.emulator.admin().counters().count("PATCH /api/v2/users/{userId}", 409))
                .isPositive();
    }
}
