package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.report.UserOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verify reads back only what the answers to the run's writes did not confirm (issue 8, item 4), counted by
 * the server: the counters are zeroed after planning, so what they show is the apply and its verify. In a
 * 60-user org every queue has fewer than 100 members (one page each) and a read-back of a user is one page
 * of the user listing.
 */
class VerifyReadsIT {
    private static final String MEMBERS = "GET /api/v2/routing/queues/{queueId}/members";
    private static final String USERS = "GET /api/v2/users";
    private static final String USER = "GET /api/v2/users/{userId}";

    @TempDir
    Path dir;

    private final EmulatedOrg org = EmulatedOrg.fast(60);

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void skillsConfirmedByTheBulkAnswerAreNotReadBackAndOnlyTheJoinedQueueIsReadAgain() throws IOException {
        StateSnapshot state = org.emulator.admin().exportState();
        QueueState join = state.queues().stream()
                .filter(q -> q.groups().isEmpty())
                .findFirst()
                .orElseThrow();
        List<UserRecord> users = state.users().stream()
                .filter(u -> !join.members().contains(u.id()))
                .limit(10)
                .toList();
        StringBuilder yaml = new StringBuilder("users:\n");
        for (UserRecord u : users) {
            List<String> queues = new ArrayList<>(
                    directQueues(state, u).stream().map(QueueState::name).toList());
            queues.add(join.name());
            yaml.append("  - email: ")
                    .append(u.email())
                    .append('\n')
                    .append("    skills: { \"")
                    .append(state.skills().get(0).name())
                    .append("\": 4.5 }\n")
                    .append("    queues: [ ")
                    .append(quoted(queues))
                    .append(" ]\n");
        }

        CountersSnapshot seen = applyAndCount("additive", yaml.toString(), 10);

        assertThat(seen.count(USER, 200)).as("no user read one by one").isZero();
        assertThat(seen.count(USERS, 200))
                .as("no page of the user listing: the bulk answers confirm the skills")
                .isZero();
        assertThat(seen.count(MEMBERS, 200))
                .as("members of the one queue joined, not of every listed queue")
                .isEqualTo(1);
        StateSnapshot after = org.emulator.admin().exportState();
        assertThat(users).allSatisfy(u -> assertThat(find(after, u.id()).skills())
                .filteredOn(a -> a.id().equals(state.skills().get(0).id()))
                .extracting(Assignment::proficiency)
                .containsExactly(4.5));
    }

    @Test
    void authoritativeMembershipIsVerifiedInTheQueuesLeftOnlyAndUsersWithNoListWrittenAreNotReadBack()
            throws IOException {
        StateSnapshot state = org.emulator.admin().exportState();
        Set<String> inGroups =
                state.groups().stream().flatMap(g -> g.members().stream()).collect(Collectors.toSet());
        List<UserRecord> users = state.users().stream()
                .filter(u -> !inGroups.contains(u.id()))
                .filter(u -> directQueues(state, u).size() >= 2)
                .limit(3)
                .toList();
        StringBuilder yaml = new StringBuilder("users:\n");
        Set<String> left = new HashSet<>();
        for (UserRecord u : users) {
            List<QueueState> queues = directQueues(state, u);
            left.add(queues.get(0).id());
            yaml.append("  - email: ")
                    .append(u.email())
                    .append('\n')
                    .append("    queues: [ ")
                    .append(quoted(queues.subList(1, queues.size()).stream()
                            .map(QueueState::name)
                            .toList()))
                    .append(" ]\n");
        }

        CountersSnapshot seen = applyAndCount("authoritative", yaml.toString(), 3);

        assertThat(seen.count("POST /api/v2/routing/queues/{queueId}/members", 204))
                .isEqualTo(left.size());
        assertThat(seen.count(MEMBERS, 200))
                .as("the queues left, not all " + state.queues().size() + " queues")
                .isEqualTo(left.size());
        assertThat(seen.count(USER, 200) + seen.count(USERS, 200))
                .as("only memberships were written")
                .isZero();
        StateSnapshot after = org.emulator.admin().exportState();
        assertThat(users).allSatisfy(u -> assertThat(directQueues(after, u))
                .hasSize(directQueues(state, u).size() - 1));
    }

    @Test
    void aChangeNoAnswerConfirmsIsReadBack() throws IOException {
        StateSnapshot state = org.emulator.admin().exportState();
        UserRecord user = state.users().stream()
                .filter(u -> u.languages().size() >= 2)
                .findFirst()
                .orElseThrow();
        Function<String, String> language = id -> state.languages().stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow()
                .name();
        Assignment kept = user.languages().get(0);

        // Authoritative languages, the kept one unchanged: the others are removed by DELETE alone, whose empty
        // answer confirms nothing (no bulk PATCH is sent whose answer could).
        CountersSnapshot seen = applyAndCount(
                "authoritative",
                "users:\n  - email: " + user.email() + "\n" + "    languages: { \"" + language.apply(kept.id()) + "\": "
                        + kept.proficiency() + " }\n",
                1);

        assertThat(seen.count(USER, 200) + seen.count(USERS, 200))
                .as("the user is read back")
                .isEqualTo(1);
        assertThat(find(org.emulator.admin().exportState(), user.id()).languages())
                .hasSize(1);
    }

    /** Plans, zeroes the counters, applies (with verify) and returns what the server saw since planning. */
    private CountersSnapshot applyAndCount(String mode, String yamlBody, int changedUsers) throws IOException {
        Path file = dir.resolve("d-" + mode + ".yaml");
        Files.writeString(
                file, "defaults: { skills: " + mode + ", languages: " + mode + ", queues: " + mode + " }\n" + yamlBody);
        var read = new DesiredStateReader().read(List.of(file));
        var session = org.session(new SyncOptions(4, false, -1, -1, true, 5, Duration.ofMillis(200)));
        try (Journal journal = Journal.open(dir.resolve("state-" + mode), Clock.systemUTC())) {
            Prepared prepared = session.engine().prepare(read.state(), read.problems());
            assertThat(prepared.problems().sorted()).isEmpty();
            org.emulator.admin().resetCounters();
            RunOutcome outcome = session.engine().apply(prepared, journal, (op, r) -> {});
            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.report().users())
                    .filteredOn(u -> u.status() == UserOutcome.Status.CONVERGED)
                    .hasSize(changedUsers);
        }
        return org.emulator.admin().counters();
    }

    private static List<QueueState> directQueues(StateSnapshot state, UserRecord u) {
        return state.queues().stream().filter(q -> q.members().contains(u.id())).toList();
    }

    private static UserRecord find(StateSnapshot state, String id) {
        return state.users().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
