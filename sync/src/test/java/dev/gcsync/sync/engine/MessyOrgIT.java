package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.SeedStyle;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.desired.DesiredUser;
import dev.gcsync.sync.engine.ExportEdits.Format;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.report.UserOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A messy org (SeedStyle.MESSY) through export, plan and apply as a new user runs them, on loopback. */
class MessyOrgIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void aMessyOrgOf5000UsersExportsPlansAndAppliesWithNoWrite(Format format) throws IOException {
        try (EmulatedOrg org = EmulatedOrg.fast(5000, 17, SeedStyle.MESSY)) {
            var read = new DesiredStateReader().read(ExportRoundTripIT.export(org, dir, format));
            assertThat(read.problems().sorted()).isEmpty();
            assertThat(read.state().users()).hasSizeGreaterThan(4500);

            Prepared prepared = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());

            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(prepared.warnings()).isEmpty();
            assertThat(prepared.plan().ops()).isEmpty();
            ExportRoundTripIT.assertAppliesWithNoWrite(org, prepared, dir);
        }
    }

    @Test
    void inactiveAndDeletedManagersAreExportedByEmailAndNamingThemAnewIsAWarningNamingTheUser() throws IOException {
        try (EmulatedOrg org = EmulatedOrg.fast(80, 3, SeedStyle.MESSY)) {
            StateSnapshot s = org.emulator.admin().exportState();
            Map<String, UserRecord> byId =
                    s.users().stream().collect(Collectors.toMap(UserRecord::id, Function.identity()));
            UserRecord underInactive = managedBy(s, byId, "inactive");
            UserRecord underDeleted = managedBy(s, byId, "deleted");
            var read = new DesiredStateReader().read(ExportRoundTripIT.export(org, dir, Format.YAML));
            Map<String, String> managerOf = read.state().users().stream()
                    .filter(u -> u.manager() != null)
                    .collect(Collectors.toMap(
                            u -> u.key().value(), u -> u.manager().name()));

            assertThat(managerOf)
                    .containsEntry(
                            underInactive.email(),
                            byId.get(underInactive.managerId()).email())
                    .containsEntry(
                            underDeleted.email(),
                            byId.get(underDeleted.managerId()).email());

            // swap them: each now names a manager Genesys would refuse that is not already theirs
            Path edited = dir.resolve("edited.yaml");
            Files.writeString(
                    edited,
                    "users:\n  - email: " + underInactive.email() + "\n    manager: "
                            + byId.get(underDeleted.managerId()).email() + "\n  - email: " + underDeleted.email()
                            + "\n    manager: "
                            + byId.get(underInactive.managerId()).email() + "\n");
            var swapped = new DesiredStateReader().read(List.of(edited));
            Prepared prepared =
                    org.session(SyncOptions.defaults()).engine().prepare(swapped.state(), swapped.problems());

            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(prepared.plan().ops()).isEmpty();
            assertThat(prepared.warnings())
                    .extracting(Problem::message)
                    .containsExactly(
                            "the manager is deleted in Genesys Cloud: the manager of " + underInactive.email()
                                    + " is left unchanged",
                            "the manager is inactive in Genesys Cloud: the manager of " + underDeleted.email()
                                    + " is left unchanged");
        }
    }

    private static UserRecord managedBy(StateSnapshot s, Map<String, UserRecord> byId, String state) {
        return s.users().stream()
                .filter(u -> u.state().equals("active")
                        && u.managerId() != null
                        && byId.get(u.managerId()).state().equals(state))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aUserWhoseWriteGenesysRefusesFailsAloneWithTheReasonAndTheRestIsApplied() throws IOException {
        try (EmulatedOrg org = EmulatedOrg.fast(60, 9, SeedStyle.MESSY)) {
            StateSnapshot s = org.emulator.admin().exportState();
            List<Entity> live = s.skills().stream().filter(Entity::active).toList();
            Entity doomed = live.get(0);
            Entity kept = live.get(1);
            List<UserRecord> active =
                    s.users().stream().filter(u -> u.state().equals("active")).toList();
            StringBuilder yaml = new StringBuilder("users:\n");
            yaml.append("  - email: ")
                    .append(active.get(0).email())
                    .append("\n    skills: { \"")
                    .append(doomed.name())
                    .append("\": 4.5 }\n");
            for (UserRecord u : active.subList(1, 4)) {
                yaml.append("  - email: ")
                        .append(u.email())
                        .append("\n    skills: { \"")
                        .append(kept.name())
                        .append("\": 4.5 }\n");
            }
            Path file = dir.resolve("desired.yaml");
            Files.writeString(file, yaml);
            var read = new DesiredStateReader().read(List.of(file));
            Prepared prepared = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());
            assertThat(prepared.problems().sorted()).isEmpty();
            // between plan and apply, an admin deletes the skill: Genesys now refuses to assign it
            org.emulator
                    .admin()
                    .importState(new StateSnapshot(
                            s.divisions(),
                            s.skills().stream()
                                    .map(e -> e.id().equals(doomed.id())
                                            ? new Entity(e.id(), e.name(), Entity.DELETED)
                                            : e)
                                    .toList(),
                            s.languages(),
                            s.wrapupCodes(),
                            s.groups(),
                            s.queues(),
                            s.users()));

            RunOutcome outcome;
            try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
                outcome = org.session(SyncOptions.defaults()).engine().apply(prepared, journal, (o, r) -> {});
            }

            Map<String, UserOutcome> byLabel = outcome.report().users().stream()
                    .collect(Collectors.toMap(UserOutcome::label, Function.identity()));
            assertThat(byLabel.get(active.get(0).email()).status()).isEqualTo(UserOutcome.Status.FAILED);
            assertThat(byLabel.get(active.get(0).email()).error())
                    .contains("404")
                    .contains(doomed.id());
            assertThat(active.subList(1, 4))
                    .allSatisfy(
                            u -> assertThat(byLabel.get(u.email()).status()).isEqualTo(UserOutcome.Status.CONVERGED));
            assertThat(outcome.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void aFileNamingADeletedSkillLeavesThatUserAloneWithAWarningAndPlansTheRest() throws IOException {
        try (EmulatedOrg org = EmulatedOrg.fast(200, 21, SeedStyle.MESSY)) {
            StateSnapshot s = org.emulator.admin().exportState();
            Entity gone = s.skills().stream()
                    .filter(e -> !e.active() && e.name().equals("Fax Support"))
                    .findFirst()
                    .orElseThrow();
            Entity live = s.skills().stream().filter(Entity::active).findFirst().orElseThrow();
            List<UserRecord> active = s.users().stream()
                    .filter(u -> u.state().equals("active"))
                    .filter(u -> u.skills().stream().noneMatch(a -> a.id().equals(live.id())))
                    .toList();
            Path file = dir.resolve("desired.yaml");
            Files.writeString(
                    file,
                    "users:\n  - email: " + active.get(0).email() + "\n    skills: { \""
                            + gone.name() + "\": 3, \"" + live.name() + "\": 4.5 }\n  - email: "
                            + active.get(1).email()
                            + "\n    skills: { \"" + live.name() + "\": 4.5 }\n");
            var read = new DesiredStateReader().read(List.of(file));

            Prepared prepared = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());

            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(prepared.warnings()).singleElement().satisfies(w -> {
                assertThat(w.pos().line()).isEqualTo(3);
                assertThat(w.describe())
                        .endsWith(
                                "skill \"" + gone.name() + "\": the skill " + gone.name()
                                        + " is deleted in Genesys Cloud, which refuses to assign it: "
                                        + active.get(0).email()
                                        + " is left unchanged. Remove it from the file (or re-create the skill in Genesys Cloud)");
            });
            assertThat(prepared.plan().ops())
                    .flatExtracting(Op::userIds)
                    .containsOnly(active.get(1).id());
        }
    }

    @Test
    void aClientThatSeesTwoDivisionsOfFiveExportsAndPlansBackNothing() throws IOException {
        try (EmulatedOrg org = new EmulatedOrg(
                EmulatorConfig.builder()
                        .users(300)
                        .seed(23)
                        .policy(RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(1)))
                        .client(OAuthClient.restricted("restricted", "restricted-secret")),
                SeedStyle.MESSY)) {
            var session = org.session(SyncOptions.defaults(), "restricted", "restricted-secret");
            List<Path> files = new Exporter(session.api(), line -> {}).export(dir.resolve("mine.csv"));
            var read = new DesiredStateReader().read(files);
            assertThat(read.problems().sorted()).isEmpty();
            assertThat(read.state().users()).isNotEmpty().hasSizeLessThan(200);

            Prepared prepared = org.session(SyncOptions.defaults(), "restricted", "restricted-secret")
                    .engine()
                    .prepare(read.state(), read.problems());

            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(prepared.warnings()).isEmpty();
            assertThat(prepared.plan().ops()).isEmpty();
        }
    }

    @Test
    void anExportToAFileItCouldNotReadBackIsRefusedBeforeReadingTheOrg() throws IOException {
        try (EmulatedOrg org = EmulatedOrg.fast(20, 1, SeedStyle.MESSY)) {
            Exporter exporter = new Exporter(org.session(SyncOptions.defaults()).api(), line -> {});
            org.emulator.admin().resetCounters();

            assertThatThrownBy(() -> exporter.export(dir.resolve("current.txt")))
                    .hasMessageContaining(".yaml, .yml, .json or .csv");
            assertThat(org.emulator.admin().counters().requests()).isZero();
            List<Path> written = exporter.export(dir.resolve("new/folder/current.yaml"));
            assertThat(written).singleElement().satisfies(p -> assertThat(Files.size(p))
                    .isPositive());
            List<DesiredUser> users =
                    new DesiredStateReader().read(written).state().users();
            assertThat(users).isNotEmpty();
        }
    }
}
