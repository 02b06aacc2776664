package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingHttpTest {
    private final Emulator emulator = Emulator.start(
            EmulatorConfig.builder().users(300).profile(Profile.UNLIMITED).build());
    private final Http http = new Http(emulator).authenticated();
    private final StateSnapshot state = emulator.admin().exportState();
    private final String userId = state.users().get(0).id();

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String skill(int i) {
        return state.skills().get(i).id();
    }

    @Test
    void putReplacesAllSkillsAndPatchAddsOrUpdates() {
        String base = "/api/v2/users/" + userId + "/routingskills";
        HttpResponse<String> put = http.send(
                "PUT",
                base + "/bulk",
                "[{\"id\":\"" + skill(0) + "\",\"proficiency\":2},{\"id\":\"" + skill(1) + "\",\"proficiency\":3.5}]");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(Http.json(put).get("entities")).hasSize(2);
        http.send(
                "PATCH",
                base + "/bulk",
                "[{\"id\":\"" + skill(1) + "\",\"proficiency\":5},{\"id\":\"" + skill(2) + "\",\"proficiency\":0}]");
        JsonNode all = Http.json(http.get(base)).get("entities");
        assertThat(all).hasSize(3);
        assertThat(all.get(1).get("proficiency").asDouble()).isEqualTo(5.0);
        assertThat(http.send("DELETE", base + "/" + skill(2), null).statusCode())
                .isEqualTo(204);
        assertThat(http.send("DELETE", base + "/" + skill(2), null).statusCode())
                .isEqualTo(404);
        assertThat(http.send("POST", base, "{\"id\":\"" + skill(3) + "\",\"proficiency\":1}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.send("PUT", base + "/" + skill(3), "{\"proficiency\":4}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.json(http.get(base))
                        .get("entities")
                        .get(2)
                        .get("proficiency")
                        .asDouble())
                .isEqualTo(4.0);
    }

    @Test
    void refusesProficiencyOutsideZeroToFiveAndUnknownSkills() {
        String base = "/api/v2/users/" + userId + "/routingskills/bulk";
        HttpResponse<String> high = http.send("PATCH", base, "[{\"id\":\"" + skill(0) + "\",\"proficiency\":5.1}]");
        assertThat(high.statusCode()).isEqualTo(400);
        assertThat(Http.json(high).get("details").get(0).get("fieldName").asText())
                .isEqualTo("proficiency");
        assertThat(http.send("PATCH", base, "[{\"id\":\"nope\",\"proficiency\":1}]")
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send("PATCH", base, "{\"id\":1}").statusCode()).isEqualTo(400);
    }

    @Test
    void languagesPatchInBulkOfAtMostFiftyAndDeleteOne() {
        String base = "/api/v2/users/" + userId + "/routinglanguages";
        String lang = state.languages().get(0).id();
        assertThat(http.send("PATCH", base + "/bulk", "[{\"id\":\"" + lang + "\",\"proficiency\":4}]")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.json(http.get(base)).get("entities").toString()).contains(lang);
        assertThat(http.send("DELETE", base + "/" + lang, null).statusCode()).isEqualTo(204);
        assertThat(Http.json(http.get(base)).get("entities").toString()).doesNotContain(lang);
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(lang).append("\",\"proficiency\":1}");
        }
        assertThat(http.send("PATCH", base + "/bulk", body.append("]").toString())
                        .statusCode())
                .isEqualTo(413);
    }

    @Test
    void cataloguesArePagedAndQueuesFilterByName() {
        JsonNode skills = Http.json(http.get("/api/v2/routing/skills?pageSize=10&pageNumber=2"));
        assertThat(skills.get("entities")).hasSize(10);
        assertThat(skills.get("total").asInt()).isEqualTo(state.skills().size());
        JsonNode queues = Http.json(http.get("/api/v2/routing/queues?name=tech*"));
        assertThat(queues.get("entities"))
                .extracting(q -> q.get("name").asText())
                .containsExactly("Tech Support L1", "Tech Support L2");
        assertThat(Http.json(http.get("/api/v2/routing/wrapupcodes?pageSize=100"))
                        .get("entities"))
                .hasSize(state.wrapupCodes().size());
        assertThat(Http.json(http.get("/api/v2/routing/languages")).get("total").asInt())
                .isEqualTo(state.languages().size());
    }

    @Test
    void queueMembersArePagedByAtMostOneHundredWithoutTotals() {
        QueueState queue = state.queues().stream()
                .filter(q -> !q.groups().isEmpty())
                .findFirst()
                .orElseThrow();
        String base = "/api/v2/routing/queues/" + queue.id() + "/members";
        assertThat(Http.json(http.get(base + "?pageSize=101")).get("pageSize").asInt())
                .as("clamped")
                .isEqualTo(100);
        JsonNode page = Http.json(http.get(base + "?pageSize=5"));
        assertThat(page.has("total")).isFalse();
        assertThat(page.has("pageCount")).isFalse();
        assertThat(page.has("lastUri")).isFalse();
        assertThat(page.get("nextUri").asText()).contains("pageNumber=2");
        JsonNode groupMembers =
                Http.json(http.get(base + "?pageSize=100&memberBy=group")).get("entities");
        assertThat(groupMembers)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.get("memberBy").asText()).isEqualTo("group"));
    }

    @Test
    void membersAreAddedAndRemovedInBulk() {
        QueueState queue = state.queues().get(1);
        String outsider = state.users().stream()
                .map(u -> u.id())
                .filter(id -> !queue.members().contains(id))
                .findFirst()
                .orElseThrow();
        String base = "/api/v2/routing/queues/" + queue.id() + "/members";
        assertThat(http.send("POST", base + "?delete=false", "[{\"id\":\"" + outsider + "\"}]")
                        .statusCode())
                .isEqualTo(204);
        assertThat(memberIds(base)).contains(outsider);
        assertThat(http.send("POST", base + "?delete=true", "[{\"id\":\"" + outsider + "\"}]")
                        .statusCode())
                .isEqualTo(204);
        assertThat(memberIds(base)).doesNotContain(outsider);
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 101; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(outsider).append("\"}");
        }
        assertThat(http.send("POST", base, body.append("]").toString()).statusCode())
                .isEqualTo(413);
        assertThat(http.send("POST", base, "[{\"id\":\"nobody\"}]").statusCode())
                .isEqualTo(404);
    }

    @Test
    void queueWrapupCodesAreAddedListedAndDeleted() {
        QueueState queue = state.queues().get(2);
        String code = state.wrapupCodes().stream()
                .map(c -> c.id())
                .filter(id -> !queue.wrapupCodes().contains(id))
                .findFirst()
                .orElseThrow();
        String base = "/api/v2/routing/queues/" + queue.id() + "/wrapupcodes";
        HttpResponse<String> added = http.send("POST", base, "[{\"id\":\"" + code + "\"}]");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(Http.json(added).get(0).get("id").asText()).isEqualTo(code);
        assertThat(Http.json(http.get(base)).get("total").asInt())
                .isEqualTo(queue.wrapupCodes().size() + 1);
        assertThat(http.send("DELETE", base + "/" + code, null).statusCode()).isEqualTo(204);
        assertThat(Http.json(http.get(base)).get("total").asInt())
                .isEqualTo(queue.wrapupCodes().size());
    }

    private List<String> memberIds(String base) {
        List<String> ids = new ArrayList<>();
        String path = base + "?pageSize=100";
        while (path != null) {
            JsonNode page = Http.json(http.get(path));
            page.get("entities").forEach(m -> ids.add(m.get("id").asText()));
            path = page.has("nextUri") ? page.get("nextUri").asText() : null;
        }
        return ids;
    }
}
