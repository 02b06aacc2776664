package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.report.UserOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineIT {
    @TempDir
    Path dir;

    private final EmulatedOrg org = EmulatedOrg.fast(60);

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void anOrgPastTheTenThousandResultCapIsReadWithTheCursor() throws IOException {
        try (EmulatedOrg big = EmulatedOrg.fast(20_000)) {
            var state = big.emulator.admin().exportState();
            String last = state.users().get(19_999).email();
            Path file = dir.resolve("big.yaml");
            Files.writeString(
                    file,
                    "users:\n  - email: " + last + "\n    skills: { \""
                            + state.skills().get(0).name() + "\": 2.5 }\n");
            var read = new DesiredStateReader().read(List.of(file));

            Prepared prepared = big.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());

            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(prepared.orgUsers()).isEqualTo(20_000);
            assertThat(prepared.snapshot().users())
                    .as("only the changed user is kept")
                    .hasSize(1);
            var seen = big.emulator.admin().counters();
            assertThat(seen.count("GET /api/v2/users/query", 200)).isGreaterThanOrEqualTo(40);
            assertThat(seen.byRouteAndStatus()).doesNotContainKey("GET /api/v2/users 400");
        }
    }

    @Test
    void appliesAPlanConvergesAndASecondRunWritesNothing() throws IOException {
        var session = org.session(SyncOptions.defaults());
        Catalogue catalogue = session.api().readCatalogue();
        List<OrgUser> users = new ArrayList<>();
        session.api().forEachUser(users::add);
        StringBuilder yaml = new StringBuilder("users:\n");
        for (OrgUser u : users.subList(0, 20)) {
            yaml.append("  - email: ")
                    .append(u.email())
                    .append('\n')
                    .append("    skills: { \"")
                    .append(catalogue.skills().get(0).name())
                    .append("\": 4.5 }\n")
                    .append("    queues: [ \"")
                    .append(catalogue.queues().get(1).name())
                    .append("\" ]\n");
        }
        Path file = dir.resolve("desired.yaml");
        Files.writeString(file, yaml);
        var read = new DesiredStateReader().read(List.of(file));

        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            Prepared prepared = session.engine().prepare(read.state(), read.problems());
            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(prepared.plan().ops()).isNotEmpty();
            RunOutcome outcome = session.engine().apply(prepared, journal, (op, r) -> {});

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.report().users())
                    .extracting(UserOutcome::status)
                    .contains(UserOutcome.Status.CONVERGED)
                    .allMatch(s -> s == UserOutcome.Status.CONVERGED || s == UserOutcome.Status.UNCHANGED);
            org.emulator.admin().resetCounters();

            var second = org.session(SyncOptions.defaults());
            Prepared again = second.engine().prepare(read.state(), read.problems());
            assertThat(again.plan().isEmpty()).isTrue();
            RunOutcome noop = second.engine().apply(again, journal, (op, r) -> {});
            assertThat(noop.exitCode()).isZero();
            assertThat(org.emulator.admin().counters().writes())
                    .as("no write on an idempotent re-run")
                    .isEmpty();
        }
    }
}
