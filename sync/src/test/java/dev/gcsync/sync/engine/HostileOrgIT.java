package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
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

/** Every fault of the emulator at once: the sync still converges, and no write lands twice. */
class HostileOrgIT {
    @TempDir
    Path dir;

    private final EmulatedOrg org = new EmulatedOrg(150, RatePolicy.genesys().withLimit(2_000, Duration.ofSeconds(1)));

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void convergesWithEveryFaultOn() throws IOException {
        StateSnapshot state = org.emulator.admin().exportState();
        Path file = dir.resolve("desired.yaml");
        Files.writeString(file, desired(state));
        org.emulator
                .admin()
                .setFaults(Faults.none()
                        .withErrorRate(0.05)
                        .withDropRate(0.03) // 0.01 left ~7% of runs with no drop at all in ~270 requests
                        .withLatency(Latency.between(Duration.ofMillis(1), Duration.ofMillis(5))
                                .withSpikes(0.01, Duration.ofMillis(300)))
                        .withConflictRate(0.02)
                        .withMissingExpandRate(0.10)
                        .withMemberReadLag(Duration.ofMillis(500))
                        .withTokenLifetime(Duration.ofSeconds(2)));
        var read = new DesiredStateReader().read(List.of(file));
        SyncOptions options = new SyncOptions(8, false, -1, -1, false, 10, Duration.ofMillis(300));
        var session = org.session(options);

        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            Prepared prepared = session.engine().prepare(read.state(), read.problems());
            RunOutcome outcome = session.engine().apply(prepared, journal, (op, r) -> {});

            assertThat(outcome.report().users())
                    .as(String.join("\n", org.log))
                    .extracting(UserOutcome::status)
                    .containsOnly(UserOutcome.Status.CONVERGED);
            assertThat(outcome.exitCode()).isZero();
            var ops = journal.ops(outcome.runId());
            assertThat(ops).filteredOn(o -> o.state() == OpState.DONE).allSatisfy(o -> assertThat(o.correlationId())
                    .as("correlation id journaled")
                    .isNotBlank());
            assertThat(ops.stream().mapToInt(JournaledOp::attempts).sum())
                    .as("the governor's retries are counted as attempts")
                    .isGreaterThan(ops.size());
        }
        var seen = org.emulator.admin().counters();
        assertThat(seen.faults())
                .as("the faults really happened")
                .containsKeys("SERVER_ERROR", "DROPPED_CONNECTION", "MISSING_EXPAND");
        assertThat(seen.writes().entrySet())
                .as("no skills write applied twice")
                .filteredOn(e -> e.getKey().startsWith("PATCH_SKILLS"))
                .allMatch(e -> e.getValue() == 1L);
        org.emulator.admin().setFaults(Faults.none());
        var check = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());
        assertThat(check.plan().isEmpty()).as("a fresh plan finds nothing left").isTrue();
    }

    /** Skills for all, a title for every third user, a queue for every fifth, wrap-up codes for two queues. */
    private static String desired(StateSnapshot state) {
        StringBuilder yaml = new StringBuilder("users:\n");
        for (int i = 0; i < state.users().size(); i++) {
            UserRecord u = state.users().get(i);
            yaml.append("  - email: ")
                    .append(u.email())
                    .append('\n')
                    .append("    skills: { \"")
                    .append(state.skills().get(i % state.skills().size()).name())
                    .append("\": ")
                    .append(i % 5 + 0.5)
                    .append(" }\n");
            if (i % 3 == 0) {
                yaml.append("    title: Hostile Tester ").append(i).append('\n');
            }
            if (i % 5 == 0) {
                yaml.append("    queues: [ \"")
                        .append(state.queues().get(i % 4).name())
                        .append("\" ]\n");
            }
        }
        yaml.append("queues:\n");
        for (int q = 0; q < 2; q++) {
            yaml.append("  - name: \"")
                    .append(state.queues().get(q).name())
                    .append("\"\n")
                    .append("    wrapupCodes: [ \"")
                    .append(state.wrapupCodes().get(q).name())
                    .append("\" ]\n");
        }
        return yaml.toString();
    }
}
