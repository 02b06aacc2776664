package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.journal.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Additive adds and updates only; authoritative also removes — per facet, read back from the server. */
class FacetModesIT {
    @TempDir
    Path dir;

    private final EmulatedOrg org = EmulatedOrg.fast(40);

    @AfterEach
    void stop() {
        org.close();
    }

    /** A user with at least two skills, two languages and a direct queue membership. */
    private UserRecord richUser(StateSnapshot state) {
        return state.users().stream()
                .filter(u -> u.skills().size() >= 2 && u.languages().size() >= 2)
                .filter(u -> state.queues().stream().anyMatch(q -> q.members().contains(u.id())))
                .findFirst()
                .orElseThrow();
    }

    private void apply(String mode, String yamlBody) throws IOException {
        Path file = dir.resolve("d-" + mode + ".yaml");
        Files.writeString(
                file,
                "defaults: { skills: " + mode + ", languages: " + mode + ", queues: " + mode + ", wrapupCodes: " + mode
                        + " }\n" + yamlBody);
        var read = new DesiredStateReader().read(List.of(file));
        // --force: one listed user with removals is over the default 10% rail.
        var session = org.session(new SyncOptions(4, false, -1, -1, true, 5, Duration.ofMillis(200)));
        try (Journal journal = Journal.open(dir.resolve("state-" + mode), Clock.systemUTC())) {
            Prepared prepared = session.engine().prepare(read.state(), read.problems());
            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(session.engine().apply(prepared, journal, (op, r) -> {}).exitCode())
                    .isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"additive", "authoritative"})
    void eachFacetFollowsItsMode(String mode) throws IOException {
        StateSnapshot before = org.emulator.admin().exportState();
        UserRecord user = richUser(before);
        String newSkill = before.skills().stream()
                .filter(s -> user.skills().stream().noneMatch(a -> a.id().equals(s.id())))
                .findFirst()
                .orElseThrow()
                .name();
        String language = before.languages().stream()
                .filter(l -> l.id().equals(user.languages().get(0).id()))
                .findFirst()
                .orElseThrow()
                .name();
        QueueState other = before.queues().stream()
                .filter(q -> !q.members().contains(user.id()) && q.groups().isEmpty())
                .findFirst()
                .orElseThrow();
        QueueState queueWithCodes = before.queues().stream()
                .filter(q -> q.wrapupCodes().size() >= 2)
                .findFirst()
                .orElseThrow();
        String code = before.wrapupCodes().stream()
                .filter(c -> c.id().equals(queueWithCodes.wrapupCodes().get(0)))
                .findFirst()
                .orElseThrow()
                .name();

        apply(
                mode,
                "users:\n  - email: " + user.email() + "\n"
                        + "    skills: { \"" + newSkill + "\": 2 }\n"
                        + "    languages: { \"" + language + "\": 1 }\n"
                        + "    queues: [ \"" + other.name() + "\" ]\n"
                        + "queues:\n  - name: \"" + queueWithCodes.name() + "\"\n    wrapupCodes: [ \"" + code
                        + "\" ]\n");

        StateSnapshot after = org.emulator.admin().exportState();
        UserRecord now = after.users().stream()
                .filter(u -> u.id().equals(user.id()))
                .findFirst()
                .orElseThrow();
        Set<String> directQueues = after.queues().stream()
                .filter(q -> q.members().contains(user.id()))
                .map(QueueState::id)
                .collect(Collectors.toSet());
        Set<String> codes = Set.copyOf(after.queues().stream()
                .filter(q -> q.id().equals(queueWithCodes.id()))
                .findFirst()
                .orElseThrow()
                .wrapupCodes());
        if (mode.equals("additive")) {
            assertThat(now.skills()).hasSize(user.skills().size() + 1);
            assertThat(now.languages()).hasSize(user.languages().size());
            assertThat(directQueues).contains(other.id()).hasSizeGreaterThan(1);
            assertThat(codes).hasSize(queueWithCodes.wrapupCodes().size());
        } else {
            assertThat(now.skills()).extracting(Assignment::proficiency).containsExactly(2.0);
            assertThat(now.languages())
                    .extracting(Assignment::id)
                    .containsExactly(user.languages().get(0).id());
            assertThat(directQueues).containsExactly(other.id());
            assertThat(codes).containsExactly(queueWithCodes.wrapupCodes().get(0));
        }
        assertThat(now.languages())
                .filteredOn(a -> a.id().equals(user.languages().get(0).id()))
                .extracting(Assignment::proficiency)
                .containsExactly(1.0);
    }
}
