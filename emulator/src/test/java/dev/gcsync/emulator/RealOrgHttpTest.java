package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real-org behaviours: user states, the authorization model, version mismatches as 400, page quirks. */
class RealOrgHttpTest {
    private Emulator emulator;
    private Http admin;
    private Http restricted;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(200)
                .profile(Profile.UNLIMITED)
                .client(OAuthClient.restricted("restricted", "restricted-secret"))
                .build());
        admin = new Http(emulator).authenticated();
        String token = Http.json(new Http(emulator).oauth("restricted", "restricted-secret"))
                .get("access_token")
                .asText();
        restricted = new Http(emulator).withToken(token);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private List<UserRecord> setStates(int inactive, int deleted) {
        StateSnapshot s = emulator.admin().exportState();
        List<UserRecord> users = new ArrayList<>(s.users());
        for (int i = 0; i < inactive + deleted; i++) {
            users.set(i, users.get(i).withState(i < inactive ? "inactive" : "deleted"));
        }
        emulator.admin()
                .importState(new StateSnapshot(
                        s.divisions(), s.skills(), s.languages(), s.wrapupCodes(), s.groups(), s.queues(), users));
        return users;
    }

    @Test
    void aQueueMemberWriteNeedsOnlyOneOfItsPermissionsInTheQueuesDivision() {
        emulator.close();
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(200)
                .profile(Profile.UNLIMITED)
                .client(OAuthClient.fullAdmin("split", "split-secret").narrowing("routing:queue:edit", Set.of("Home")))
                .build());
        Http split = new Http(emulator)
                .withToken(Http.json(new Http(emulator).oauth("split", "split-secret"))
                        .get("access_token")
                        .asText());
        StateSnapshot s = emulator.admin().exportState();
        String home = s.divisions().stream()
                .filter(d -> d.name().equals("Home"))
                .findFirst()
                .orElseThrow()
                .id();
        var queue = s.queues().stream()
                .filter(q -> !q.divisionId().equals(home))
                .findFirst()
                .orElseThrow();
        String body = "[{\"id\":\"" + s.users().get(0).id() + "\"}]";

        // routing:queue:edit does not cover the queue's division, routing:queueMember:manage does
        assertThat(split.send("POST", "/api/v2/routing/queues/" + queue.id() + "/members", body)
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void listingsShowActiveUsersUnlessAskedForAnotherState() {
        List<UserRecord> users = setStates(3, 2);
        assertThat(Http.json(admin.get("/api/v2/users?pageSize=500"))
                        .get("total")
                        .asInt())
                .isEqualTo(195);
        JsonNode inactive = Http.json(admin.get("/api/v2/users?pageSize=500&state=inactive"));
        assertThat(inactive.get("total").asInt()).isEqualTo(3);
        assertThat(inactive.get("entities").get(0).get("id").asText())
                .isEqualTo(users.get(0).id());
        assertThat(inactive.get("entities").get(0).get("state").asText()).isEqualTo("inactive");
        assertThat(Http.json(admin.get("/api/v2/users?state=deleted"))
                        .get("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(Http.json(admin.get("/api/v2/users?state=any")).get("total").asInt())
                .isEqualTo(200);
        JsonNode query = Http.json(admin.get("/api/v2/users/query?pageSize=500&state=inactive"));
        assertThat(query.get("entities")).hasSize(3);
        assertThat(admin.get("/api/v2/users?state=gone").statusCode()).isEqualTo(400);
    }

    @Test
    void anAdminRouteSetsAUsersState() {
        UserRecord u = visibleUser();
        assertThat(admin.admin("PUT", "/admin/users/" + u.id() + "/state", "{\"state\":\"inactive\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.json(admin.get("/api/v2/users/" + u.id())).get("state").asText())
                .isEqualTo("inactive");
        assertThat(admin.admin("PUT", "/admin/users/" + u.id() + "/state", "{\"state\":\"gone\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aRestrictedClientSeesOnlyUsersAndQueuesOfItsDivisions() {
        StateSnapshot s = emulator.admin().exportState();
        Set<String> mine = Set.of(division(s, "Home"), division(s, "EMEA"));
        long visibleUsers =
                s.users().stream().filter(u -> mine.contains(u.divisionId())).count();
        long visibleQueues =
                s.queues().stream().filter(q -> mine.contains(q.divisionId())).count();
        assertThat(visibleUsers).isBetween(1L, 199L);
        assertThat(Http.json(restricted.get("/api/v2/users?pageSize=500"))
                        .get("total")
                        .asLong())
                .isEqualTo(visibleUsers);
        assertThat(Http.json(restricted.get("/api/v2/routing/queues?pageSize=500"))
                        .get("total")
                        .asLong())
                .isEqualTo(visibleQueues);
        UserRecord outside = s.users().stream()
                .filter(u -> !mine.contains(u.divisionId()))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> refused = restricted.get("/api/v2/users/" + outside.id());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.json(refused).get("code").asText()).isEqualTo("missing.division.permission");
    }

    @Test
    void aMissingPermissionIsAGenesys403AndChangesNothing() {
        UserRecord u = visibleUser();
        HttpResponse<String> r = restricted.send(
                "PATCH",
                "/api/v2/users/" + u.id() + "/routingskills/bulk",
                "[{\"id\":\"" + u.skills().get(0).id() + "\",\"proficiency\":5}]");
        assertThat(r.statusCode()).isEqualTo(403);
        JsonNode body = Http.json(r);
        assertThat(body.get("code").asText()).isEqualTo("missing.permissions");
        assertThat(body.get("message").asText())
                .isEqualTo("Unable to perform the requested action. You are missing"
                        + " the following permission(s): [routing:skill:assign]");
        assertThat(body.get("status").asInt()).isEqualTo(403);
        assertThat(emulator.admin().counters().writes()).isEmpty();
    }

    @Test
    void usersQueryNeedsUserViewInEveryDivision() {
        HttpResponse<String> r = restricted.get("/api/v2/users/query?pageSize=100");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Http.json(r).get("message").asText()).contains("[directory:user:view]");
        assertThat(admin.get("/api/v2/users/query?pageSize=100").statusCode()).isEqualTo(200);
    }

    @Test
    void divisionsPermittedMeListsTheDivisionsWhereTheClientHoldsAPermission() {
        JsonNode view = Http.json(
                restricted.get("/api/v2/authorization/divisionspermitted/me?permission=" + "directory:user:view"));
        assertThat(view).extracting(d -> d.get("name").asText()).containsExactlyInAnyOrder("Home", "EMEA");
        assertThat(Http.json(restricted.get(
                        "/api/v2/authorization/divisionspermitted/me?permission=" + "routing:skill:assign")))
                .isEmpty();
        assertThat(Http.json(
                        admin.get("/api/v2/authorization/divisionspermitted/me?permission=" + "routing:skill:assign")))
                .hasSize(4);
        assertThat(Http.json(restricted.get("/api/v2/authorization/divisions"))
                        .get("total")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void aStaleVersionCanBeAnswered400WithGenesysMessage() {
        emulator.admin().setQuirks(OrgQuirks.none().withVersionMismatchStatus(400));
        UserRecord u = visibleUser();
        HttpResponse<String> r = admin.send(
                "PATCH", "/api/v2/users/" + u.id(), "{\"title\":\"X\",\"version\":" + (u.version() + 5) + "}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("message").asText()).contains("does not match the current version");
    }

    @Test
    void skillBulkWritesMeetVersionMismatchesAtTheConfiguredRate() {
        emulator.admin().setQuirks(OrgQuirks.none().withSkillConflictRate(1));
        UserRecord u = visibleUser();
        HttpResponse<String> r = admin.send(
                "PATCH",
                "/api/v2/users/" + u.id() + "/routingskills/bulk",
                "[{\"id\":\"" + u.skills().get(0).id() + "\",\"proficiency\":5}]");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Http.json(r).get("message").asText()).contains("does not match the current version");
        assertThat(emulator.admin().counters().writes()).isEmpty();
    }

    @Test
    void anOversizedPageIsClampedAsGenesysDoesUnlessTheEmulatorIsStrict() {
        JsonNode page = Http.json(admin.get("/api/v2/users?pageSize=900"));
        assertThat(page.get("pageSize").asInt()).isEqualTo(500);
        emulator.admin().setQuirks(OrgQuirks.none());
        assertThat(admin.get("/api/v2/users?pageSize=900").statusCode()).isEqualTo(400);
    }

    @Test
    void anExpandedPageBeyondTheLimitIsRefusedAsResponseEntityTooLarge() {
        emulator.admin().setQuirks(OrgQuirks.none().withExpandedPageLimit(50));
        HttpResponse<String> r = admin.get("/api/v2/users?pageSize=100&expand=skills");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("code").asText()).isEqualTo("response.entity.too.large");
        assertThat(admin.get("/api/v2/users?pageSize=50&expand=skills").statusCode())
                .isEqualTo(200);
        assertThat(admin.get("/api/v2/users?pageSize=100").statusCode()).isEqualTo(200);
    }

    @Test
    void aUserPatchWithStateMustChangeNothingElse() {
        UserRecord u = visibleUser();
        HttpResponse<String> r = admin.send(
                "PATCH",
                "/api/v2/users/" + u.id(),
                "{\"state\":\"inactive\",\"title\":\"X\",\"version\":" + u.version() + "}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(admin.send(
                                "PATCH",
                                "/api/v2/users/" + u.id(),
                                "{\"state\":\"inactive\",\"version\":" + u.version() + "}")
                        .statusCode())
                .isEqualTo(200);
    }

    private UserRecord visibleUser() {
        StateSnapshot s = emulator.admin().exportState();
        String home = division(s, "Home");
        return s.users().stream()
                .filter(u -> u.divisionId().equals(home))
                .findFirst()
                .orElseThrow();
    }

    private static String division(StateSnapshot s, String name) {
        return s.divisions().stream()
                .filter(d -> d.name().equals(name))
                .map(Entity::id)
                .findFirst()
                .orElseThrow();
    }
}
