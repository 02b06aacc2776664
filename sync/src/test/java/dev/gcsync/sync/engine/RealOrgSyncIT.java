package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.OrgQuirks;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserProfile;
import dev.gcsync.emulator.store.UserRecord;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.report.UserOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync against an emulated org that behaves like a real one: inactive users, permissions, divisions, quirks. */
class RealOrgSyncIT {
    private static final Set<String> NO_SKILL_ASSIGN = Set.of(
            "directory:user:view",
            "routing:skill:view",
            "routing:language:view",
            "routing:queue:view",
            "routing:wrapupCode:view",
            "routing:language:assign",
            "routing:queueMember:manage",
            "directory:user:edit");

    @TempDir
    Path dir;

    private int files;
    private final EmulatedOrg org = new EmulatedOrg(EmulatorConfig.builder()
            .users(60)
            .seed(7)
            .policy(RatePolicy.unlimited())
            .client(new OAuthClient("no-skills", "no-skills-secret", null, NO_SKILL_ASSIGN, null))
            .client(new OAuthClient(
                    "two-divisions", "two-divisions-secret", null, allBut(Set.of()), Set.of("Home", "EMEA")))
            .client(new OAuthClient("skills-in-home", "skills-in-home-secret", null, allBut(Set.of()), null)
                    .narrowing("routing:skill:assign", Set.of("Home"))));

    @AfterEach
    void stop() {
        org.close();
    }

    private static Set<String> allBut(Set<String> missing) {
        Set<String> all = new HashSet<>(NO_SKILL_ASSIGN);
        all.add("routing:skill:assign");
        all.removeAll(missing);
        return all;
    }

    @Test
    void anInactiveUserAndAnInactiveManagerAreWarningsAndAreNotWritten() throws IOException {
        StateSnapshot s = org.emulator.admin().exportState();
        UserRecord off = s.users().get(1);
        UserRecord offManager = s.users().get(2);
        UserRecord agent = s.users().get(3);
        String otherManager = s.users().get(0).id();
        setUsers(u -> u.id().equals(off.id()) || u.id().equals(offManager.id())
                ? u.withState("inactive")
                : u.id().equals(agent.id())
                        ? u.withProfile(new UserProfile(null, null, null, null, otherManager, null, null))
                        : u);
        String skill = s.skills().get(0).name();
        Path file = write("users:\n"
                + "  - email: " + off.email() + "\n    skills: { \"" + skill + "\": 4.5 }\n"
                + "  - email: " + agent.email() + "\n    manager: " + offManager.email()
                + "\n    skills: { \"" + skill + "\": 4.5 }\n");
        var read = new DesiredStateReader().read(List.of(file));

        Prepared prepared = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());

        assertThat(prepared.problems().sorted()).isEmpty();
        assertThat(prepared.warnings())
                .extracting(Problem::describe)
                .containsExactly(
                        file + ":2:5: email \"" + off.email()
                                + "\": the user is inactive in Genesys Cloud: left unchanged."
                                + " Reactivate the user, or set includeInactive: true in the file to manage inactive users",
                        file + ":5:14: manager \"" + offManager.email()
                                + "\": the manager is inactive in Genesys Cloud: the"
                                + " manager of " + agent.email() + " is left unchanged. Name an active manager, or set"
                                + " includeInactive: true in the file");
        assertThat(prepared.plan().ops()).flatExtracting(Op::userIds).containsOnly(agent.id());
        assertThat(prepared.plan().ops()).noneMatch(op -> op instanceof Op.UpdateProfile);
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            RunOutcome outcome = org.session(SyncOptions.defaults()).engine().apply(prepared, journal, (op, r) -> {});
            assertThat(outcome.exitCode()).isZero();
        }
        assertThat(org.emulator.admin().counters().writes().keySet())
                .allMatch(k -> k.contains(agent.id()))
                .isNotEmpty();
    }

    @Test
    void includeInactiveManagesInactiveUsersAndNamesInactiveManagers() throws IOException {
        StateSnapshot s = org.emulator.admin().exportState();
        UserRecord off = s.users().get(1);
        UserRecord offManager = s.users().get(2);
        setUsers(u -> u.id().equals(off.id()) || u.id().equals(offManager.id()) ? u.withState("inactive") : u);
        Path file = write("includeInactive: true\nusers:\n  - email: " + off.email() + "\n    manager: "
                + offManager.email() + "\n    skills: { \"" + s.skills().get(0).name() + "\": 4.5 }\n");
        var read = new DesiredStateReader().read(List.of(file));

        Prepared prepared = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());

        assertThat(prepared.problems().sorted()).isEmpty();
        assertThat(prepared.warnings()).isEmpty();
        assertThat(prepared.plan().ops()).flatExtracting(Op::userIds).containsOnly(off.id());
        assertThat(prepared.plan().ops())
                .anyMatch(op ->
                        op instanceof Op.UpdateProfile p && offManager.id().equals(p.managerId()));
        // regression: verify read back only active users, lost the inactive one and failed on it
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            RunOutcome outcome = org.session(SyncOptions.defaults()).engine().apply(prepared, journal, (op, r) -> {});
            assertThat(outcome.exitCode()).as("converged, verified").isZero();
        }
        assertThat(org.emulator.admin().user(off.id()).managerId()).isEqualTo(offManager.id());
    }

    @Test
    void aDeletedUserIsStillAnError() throws IOException {
        UserRecord gone = org.emulator.admin().exportState().users().get(4);
        setUsers(u -> u.id().equals(gone.id()) ? u.withState("deleted") : u);
        var read = new DesiredStateReader()
                .read(List.of(write("users:\n  - email: " + gone.email() + "\n    title: Agent\n")));

        Prepared prepared = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());

        assertThat(prepared.problems().sorted())
                .singleElement()
                .extracting(Problem::message)
                .isEqualTo("the user is deleted in Genesys Cloud (gcsync never restores users)");
    }

    @Test
    void aClientWithoutSkillAssignWritesNothingAndNamesThePermissionOnce() throws IOException {
        StateSnapshot s = org.emulator.admin().exportState();
        StringBuilder yaml = new StringBuilder("users:\n");
        for (UserRecord u : s.users().subList(0, 5)) {
            yaml.append("  - email: ")
                    .append(u.email())
                    .append("\n    skills: { \"")
                    .append(s.skills().get(0).name())
                    .append("\": 4.5 }\n");
        }
        yaml.append("  - email: ")
                .append(s.users().get(6).email())
                .append("\n    languages: { \"")
                .append(s.languages().get(0).name())
                .append("\": 4.5 }\n");
        var read = new DesiredStateReader().read(List.of(write(yaml.toString())));
        var session = org.session(SyncOptions.defaults(), "no-skills", "no-skills-secret");

        Prepared prepared = session.engine().prepare(read.state(), read.problems());

        assertThat(prepared.problems().sorted())
                .extracting(Problem::describe)
                .containsExactly(
                        "OAuth client: permission \"routing:skill:assign\": missing: 5 of the plan's requests need it (to"
                                + " change users' skills). Add it to a role of the OAuth client (gcsync doctor lists what the"
                                + " client has), or re-run with --skip-invalid to send the requests that do not need it");
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            assertThatThrownBy(() -> session.engine().apply(prepared, journal, (op, r) -> {}))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(org.emulator.admin().counters().writes()).as("nothing sent").isEmpty();

        var skipping = org.session(SyncOptions.defaults().withSkipInvalid(true), "no-skills", "no-skills-secret");
        Prepared rest = skipping.engine().prepare(read.state(), read.problems());
        assertThat(rest.plan().ops()).singleElement().isInstanceOf(Op.SetLanguages.class);
        try (Journal journal = Journal.open(dir.resolve("state2"), Clock.systemUTC())) {
            skipping.engine().apply(rest, journal, (op, r) -> {});
        }
        assertThat(org.emulator.admin().counters().writes().keySet())
                .singleElement()
                .asString()
                .startsWith("PATCH_LANGUAGES ");
        assertThat(org.emulator.admin().counters().byRouteAndStatus())
                .noneSatisfy((k, v) -> assertThat(k).endsWith(" 403"));
    }

    @Test
    void usersAndQueuesOutsideTheClientsDivisionsAreReportedAsOutOfReachNotAsTypos() throws IOException {
        StateSnapshot s = org.emulator.admin().exportState();
        String home = division(s, "Home");
        String apac = division(s, "APAC");
        UserRecord mine = s.users().stream()
                .filter(u -> u.divisionId().equals(home))
                .findFirst()
                .orElseThrow();
        UserRecord theirs = s.users().stream()
                .filter(u -> u.divisionId().equals(apac))
                .findFirst()
                .orElseThrow();
        QueueState theirQueue = s.queues().stream()
                .filter(q -> q.divisionId().equals(apac))
                .findFirst()
                .orElseThrow();
        String skill = s.skills().get(0).name();
        var read = new DesiredStateReader()
                .read(List.of(write("users:\n"
                        + "  - email: " + mine.email() + "\n    skills: { \"" + skill + "\": 4.5 }\n"
                        + "  - email: " + theirs.email() + "\n    skills: { \"" + skill + "\": 4.5 }\n"
                        + "queues:\n  - name: " + theirQueue.name() + "\n    wrapupCodes: []\n")));
        var session = org.session(SyncOptions.defaults(), "two-divisions", "two-divisions-secret");

        Prepared prepared = session.engine().prepare(read.state(), read.problems());

        List<String> problems = new ArrayList<>();
        prepared.problems().sorted().forEach(p -> problems.add(p.describe()));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0))
                .contains(theirs.email())
                .contains("no such user among those this OAuth client" + " can see")
                .contains("only in the divisions Home, EMEA (2 of 4 divisions)")
                .contains("grant directory:user:view there");
        assertThat(problems.get(1))
                .contains("queue \"" + theirQueue.name() + "\": no queue of this name among"
                        + " those this OAuth client can see")
                .contains("grant routing:queue:view there");
        assertThat(prepared.plan().ops()).flatExtracting(Op::userIds).containsOnly(mine.id());
    }

    @Test
    void aWritePermissionHeldOnlyInSomeDivisionsBlocksTheUsersOfTheOthersBeforeAnyWrite() throws IOException {
        StateSnapshot s = org.emulator.admin().exportState();
        String home = division(s, "Home");
        String emea = division(s, "EMEA");
        UserRecord inHome = s.users().stream()
                .filter(u -> u.divisionId().equals(home))
                .findFirst()
                .orElseThrow();
        UserRecord inEmea = s.users().stream()
                .filter(u -> u.divisionId().equals(emea))
                .findFirst()
                .orElseThrow();
        String skill = s.skills().get(0).name();
        var read = new DesiredStateReader()
                .read(List.of(write("users:\n"
                        + "  - email: " + inHome.email() + "\n    skills: { \"" + skill + "\": 4.5 }\n"
                        + "  - email: " + inEmea.email() + "\n    skills: { \"" + skill + "\": 4.5 }\n")));
        var session = org.session(SyncOptions.defaults(), "skills-in-home", "skills-in-home-secret");

        Prepared prepared = session.engine().prepare(read.state(), read.problems());

        assertThat(prepared.problems().sorted())
                .singleElement()
                .extracting(Problem::describe)
                .asString()
                .startsWith("OAuth client: permission \"routing:skill:assign\": not held in division EMEA: 1 of the"
                        + " plan's requests need it there (users " + inEmea.email() + ")");
        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            assertThatThrownBy(() -> session.engine().apply(prepared, journal, (op, r) -> {}))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(org.emulator.admin().counters().writes()).as("nothing sent").isEmpty();

        var skipping =
                org.session(SyncOptions.defaults().withSkipInvalid(true), "skills-in-home", "skills-in-home-secret");
        Prepared rest = skipping.engine().prepare(read.state(), read.problems());
        try (Journal journal = Journal.open(dir.resolve("state2"), Clock.systemUTC())) {
            skipping.engine().apply(rest, journal, (op, r) -> {});
        }
        assertThat(org.emulator.admin().counters().writes().keySet()).containsExactly("PATCH_SKILLS " + inHome.id());
        assertThat(org.emulator.admin().counters().byRouteAndStatus())
                .noneSatisfy((k, v) -> assertThat(k).endsWith(" 403"));
    }

    @Test
    void aStaleVersionAnswered400IsReReadAndPatchedAgainLikeA409() throws IOException {
        org.emulator.admin().setQuirks(OrgQuirks.none().withVersionMismatchStatus(400));
        UserRecord u = org.emulator.admin().exportState().users().get(5);
        var read = new DesiredStateReader()
                .read(List.of(write("users:\n  - email: " + u.email() + "\n    title: Team Lead\n")));
        var session = org.session(SyncOptions.defaults());
        Prepared prepared = session.engine().prepare(read.state(), read.problems());
        org.emulator.admin().bumpVersion(u.id()); // another admin edits the user between plan and write

        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            RunOutcome outcome = session.engine().apply(prepared, journal, (op, r) -> {});
            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.report().users())
                    .extracting(UserOutcome::status)
                    .containsExactly(UserOutcome.Status.CONVERGED);
        }
        var seen = org.emulator.admin().counters();
        assertThat(seen.count("PATCH /api/v2/users/{userId}", 400)).isEqualTo(1);
        assertThat(seen.writes("PATCH_USER", u.id())).isEqualTo(1);
        assertThat(org.emulator.admin().user(u.id()).title()).isEqualTo("Team Lead");
    }

    @Test
    void skillWritesRefusedWithAVersionMismatchAreSentAgain() throws IOException {
        // Seeded: with seed 7 and one skill write in flight, the draws are the same on every run.
        org.emulator
                .admin()
                .setQuirks(OrgQuirks.none().withVersionMismatchStatus(400).withSkillConflictRate(0.8));
        StateSnapshot s = org.emulator.admin().exportState();
        UserRecord u = s.users().get(7);
        var read = new DesiredStateReader()
                .read(List.of(write("users:\n  - email: " + u.email() + "\n    skills: { \""
                        + s.skills().get(0).name() + "\": 4.5 }\n")));
        var session = org.session(SyncOptions.defaults());
        Prepared prepared = session.engine().prepare(read.state(), read.problems());

        try (Journal journal = Journal.open(dir.resolve("state"), Clock.systemUTC())) {
            RunOutcome outcome = session.engine().apply(prepared, journal, (op, r) -> {});
            assertThat(outcome.exitCode()).isZero();
        }
        var seen = org.emulator.admin().counters();
        assertThat(seen.count("PATCH /api/v2/users/{userId}/routingskills/bulk", 400))
                .isPositive();
        assertThat(seen.writes("PATCH_SKILLS", u.id())).isEqualTo(1);
    }

    @Test
    void twelveThousandUsersAreReadWithoutTheCursorQueryWhenTheClientLacksAllDivisionView() throws IOException {
        OAuthClient threeDivisions =
                new OAuthClient("three", "three-secret", null, allBut(Set.of()), Set.of("Home", "EMEA", "Americas"));
        try (EmulatedOrg big = new EmulatedOrg(EmulatorConfig.builder()
                .users(12_000)
                .seed(7)
                .policy(RatePolicy.unlimited())
                .client(threeDivisions))) {
            StateSnapshot s = big.emulator.admin().exportState();
            String home = division(s, "Home");
            String apac = division(s, "APAC");
            List<UserRecord> moved = new ArrayList<>();
            for (int i = 0; i < s.users().size(); i++) {
                moved.add(s.users().get(i).withDivision(i % 100 == 0 ? apac : home)); // 11,880 visible
            }
            big.emulator
                    .admin()
                    .importState(new StateSnapshot(
                            s.divisions(), s.skills(), s.languages(), s.wrapupCodes(), s.groups(), s.queues(), moved));
            UserRecord last = moved.get(11_999);
            var read = new DesiredStateReader()
                    .read(List.of(write("users:\n  - email: " + last.email() + "\n    title: Team Lead\n")));

            Prepared prepared = big.session(SyncOptions.defaults(), "three", "three-secret")
                    .engine()
                    .prepare(read.state(), read.problems());

            assertThat(prepared.problems().sorted()).isEmpty();
            assertThat(prepared.orgUsers()).isEqualTo(11_880);
            assertThat(prepared.plan().ops()).singleElement().isInstanceOf(Op.UpdateProfile.class);
            assertThat(big.log).anyMatch(line -> line.startsWith("/api/v2/users/query was refused (HTTP 403"));
            assertThat(big.emulator.admin().counters().count("GET /api/v2/users/query", 403))
                    .isEqualTo(1);
        }
    }

    @Test
    void aPageTooLargeIsReadAgainInSmallerPages() throws IOException {
        org.emulator.admin().setQuirks(OrgQuirks.none().withExpandedPageLimit(25));
        UserRecord u = org.emulator.admin().exportState().users().get(59);
        var read = new DesiredStateReader()
                .read(List.of(write("users:\n  - email: " + u.email() + "\n    title: Team Lead\n")));

        Prepared prepared = org.session(SyncOptions.defaults()).engine().prepare(read.state(), read.problems());

        assertThat(prepared.problems().sorted()).isEmpty();
        assertThat(prepared.orgUsers()).isEqualTo(60);
        assertThat(prepared.plan().ops()).hasSize(1);
        assertThat(org.log).anyMatch(line -> line.contains("response.entity.too.large"));
    }

    private void setUsers(UnaryOperator<UserRecord> change) {
        StateSnapshot s = org.emulator.admin().exportState();
        org.emulator
                .admin()
                .importState(new StateSnapshot(
                        s.divisions(),
                        s.skills(),
                        s.languages(),
                        s.wrapupCodes(),
                        s.groups(),
                        s.queues(),
                        s.users().stream().map(change).toList()));
    }

    private static String division(StateSnapshot s, String name) {
        return s.divisions().stream()
                .filter(d -> d.name().equals(name))
                .map(Entity::id)
                .findFirst()
                .orElseThrow();
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("desired-" + (++files) + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
