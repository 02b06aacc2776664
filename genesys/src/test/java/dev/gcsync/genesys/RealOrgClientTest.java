package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.OrgQuirks;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import dev.gcsync.genesys.doctor.Doctor;
import dev.gcsync.genesys.doctor.DoctorReport;
import dev.gcsync.genesys.model.UpdateUser;
import dev.gcsync.genesys.model.User;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client against real-org behaviours of the emulator: refused cursor query, page sizes, 400/408 mismatches. */
class RealOrgClientTest {

    private static GenesysClient client(Emulator emulator, String id, String secret) {
        URI base = URI.create(emulator.baseUrl());
        return new GenesysClient(
                ClientSettings.forUrls(base, base, id, new Secret(secret))
                        .withGovernor(GovernorConfig.defaults().withKnownRate(1000))
                        .withRequestTimeout(Duration.ofSeconds(5)),
                TimeSource.system(),
                () -> 0.5,
                GovernorListener.none());
    }

    @Test
    void readsTwelveThousandUsersByPageNumberBothWaysWhenTheCursorQueryIsRefused() {
        OAuthClient limited = new OAuthClient(
                "limited", "limited-secret", null, OAuthClient.VIEW_PERMISSIONS, Set.of("Home", "EMEA", "Americas"));
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                .users(12_000)
                .policy(RatePolicy.unlimited())
                .client(limited)
                .build())) {
            StateSnapshot s = emulator.admin().exportState();
            String home = s.divisions().stream()
                    .filter(d -> d.name().equals("Home"))
                    .map(Entity::id)
                    .findFirst()
                    .orElseThrow();
            String apac = s.divisions().stream()
                    .filter(d -> d.name().equals("APAC"))
                    .map(Entity::id)
                    .findFirst()
                    .orElseThrow();
            List<UserRecord> users = new ArrayList<>();
            for (int i = 0; i < s.users().size(); i++) {
                users.add(s.users().get(i).withDivision(i % 100 == 0 ? apac : home)); // 120 users out of reach
            }
            emulator.admin()
                    .importState(new StateSnapshot(
                            s.divisions(), s.skills(), s.languages(), s.wrapupCodes(), s.groups(), s.queues(), users));
            Set<String> visible = users.stream()
                    .filter(u -> !u.divisionId().equals(apac))
                    .map(UserRecord::id)
                    .collect(Collectors.toSet());

            List<String> notices = new ArrayList<>();
            List<User> read = new ArrayList<>();
            client(emulator, "limited", "limited-secret")
                    .forEachUserPage(500, Set.of("skills"), UserState.ACTIVE, notices::add, read::addAll);

            assertThat(read).extracting(User::id).doesNotHaveDuplicates();
            assertThat(read.stream().map(User::id).collect(Collectors.toSet())).isEqualTo(visible);
            assertThat(notices)
                    .singleElement()
                    .asString()
                    .contains("/api/v2/users/query was refused")
                    .contains("directory:user:view");
            var counters = emulator.admin().counters();
            assertThat(counters.count("GET /api/v2/users/query", 403)).isEqualTo(1);
            assertThat(counters.count("GET /api/v2/users", 400))
                    .as("never paged past 10,000")
                    .isZero();
        }
    }

    @Test
    void halvesThePageWhenTheServerSaysTheResponseIsTooLarge() {
        try (EmulatorFixture fx = new EmulatorFixture(1_000, EmulatorFixture.FAST)) {
            fx.emulator.admin().setQuirks(OrgQuirks.none().withExpandedPageLimit(200));
            List<String> notices = new ArrayList<>();
            List<User> read = new ArrayList<>();
            fx.client()
                    .forEachUserPage(500, Set.of("skills", "languages"), UserState.ACTIVE, notices::add, read::addAll);
            assertThat(read).extracting(User::id).doesNotHaveDuplicates().hasSize(1_000);
            assertThat(read).allMatch(u -> u.skills() != null);
            assertThat(notices)
                    .containsExactly(
                            "a page of 500 users was too large for the server (response.entity.too.large); reading pages"
                                    + " of 250 instead",
                            "a page of 250 users was too large for the server (response.entity.too.large); reading pages"
                                    + " of 125 instead");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 408, 409})
    void aStaleVersionIsAConflictWhateverTheStatus(int status) {
        try (EmulatorFixture fx = EmulatorFixture.fast()) {
            fx.emulator.admin().setQuirks(OrgQuirks.none().withVersionMismatchStatus(status));
            UserRecord u = fx.emulator.admin().exportState().users().get(0);
            assertThatThrownBy(() -> fx.client()
                            .patchUser(
                                    u.id(), UpdateUser.version(u.version() + 3).withTitle("Lead")))
                    .isInstanceOfSatisfying(GenesysException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.outcome()).isEqualTo(Outcome.CONFLICT);
                    });
        }
    }

    @Test
    void readsTheDivisionsWhereTheClientHoldsAPermission() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                .users(20)
                .policy(RatePolicy.unlimited())
                .client(OAuthClient.restricted("r", "r-secret"))
                .build())) {
            GenesysClient c = client(emulator, "r", "r-secret");
            assertThat(c.divisions()).hasSize(4);
            assertThat(c.divisionsPermitted("directory:user:view"))
                    .extracting(e -> e.name())
                    .containsExactlyInAnyOrder("Home", "EMEA");
            assertThat(c.divisionsPermitted("routing:skill:assign")).isEmpty();
        }
    }

    @Test
    void doctorListsEachPermissionAsOkLimitedOrMissing() {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                .users(20)
                .policy(RatePolicy.unlimited())
                .client(OAuthClient.restricted("r", "r-secret"))
                .build())) {
            URI base = URI.create(emulator.baseUrl());
            ClientSettings settings = ClientSettings.forUrls(base, base, "r", new Secret("r-secret"));
            DoctorReport report = new Doctor(client(emulator, "r", "r-secret"), settings).run();
            assertThat(report.ok()).isFalse();
            assertThat(check(report, "permission routing:skill:assign").ok()).isFalse();
            assertThat(check(report, "permission routing:skill:assign").detail())
                    .startsWith("MISSING: needed to" + " change users' skills");
            assertThat(check(report, "permission directory:user:view").detail())
                    .contains("only in 2 of 4 divisions (")
                    .contains("20,000");
            assertThat(check(report, "permission routing:queue:edit").ok()).isFalse();
            assertThat(check(report, "permission routing:queueMember:manage").ok())
                    .isTrue();

            DoctorReport admin = new Doctor(
                            client(emulator, EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET),
                            ClientSettings.forUrls(
                                    base,
                                    base,
                                    EmulatorConfig.DEFAULT_CLIENT_ID,
                                    new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET)))
                    .run();
            assertThat(admin.ok()).isTrue();
            assertThat(check(admin, "permission routing:skill:assign").detail()).startsWith("all 4 divisions");
        }
    }

    @Test
    void doctorNamesTheCallAndThePermissionOfA403() {
        OAuthClient blind = new OAuthClient("blind", "blind-secret", null, Set.of("directory:user:view"), null);
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                .users(20)
                .policy(RatePolicy.unlimited())
                .client(blind)
                .build())) {
            URI base = URI.create(emulator.baseUrl());
            DoctorReport report = new Doctor(
                            client(emulator, "blind", "blind-secret"),
                            ClientSettings.forUrls(base, base, "blind", new Secret("blind-secret")))
                    .run();
            assertThat(check(report, "read skills").detail())
                    .startsWith("missing permission for GET" + " /api/v2/routing/skills")
                    .contains("[routing:skill:view]");
        }
    }

    private static DoctorReport.Check check(DoctorReport report, String name) {
        return report.checks().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
