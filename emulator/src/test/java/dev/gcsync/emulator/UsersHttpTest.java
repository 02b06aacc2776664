package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsersHttpTest {
    private static Emulator emulator;
    private static Http http;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(
                EmulatorConfig.builder().users(1234).profile(Profile.UNLIMITED).build());
        http = new Http(emulator).authenticated();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static JsonNode firstUser() {
        return Http.json(http.get("/api/v2/users?pageSize=1")).get("entities").get(0);
    }

    @Test
    void pagesUsersWithTheClassicListingShape() {
        JsonNode page = Http.json(http.get("/api/v2/users?pageSize=500&pageNumber=3"));
        assertThat(page.get("entities")).hasSize(234);
        assertThat(page.get("total").asInt()).isEqualTo(1234);
        assertThat(page.get("pageCount").asInt()).isEqualTo(3);
        assertThat(page.has("nextUri")).isFalse();
        assertThat(page.get("previousUri").asText()).isEqualTo("/api/v2/users?pageSize=500&pageNumber=2");
        assertThat(page.get("entities").get(0).has("skills")).isFalse();
    }

    @Test
    void clampsPageSizesAboveFiveHundredAndRefusesPagesBeyondTenThousandResults() {
        HttpResponse<String> big = http.get("/api/v2/users?pageSize=501");
        assertThat(big.statusCode()).isEqualTo(200);
        assertThat(Http.json(big).get("pageSize").asInt())
                .as("clamped, as Genesys does")
                .isEqualTo(500);
        assertThat(http.get("/api/v2/users?pageSize=500&pageNumber=20").statusCode())
                .isEqualTo(200);
        HttpResponse<String> deep = http.get("/api/v2/users?pageSize=500&pageNumber=21");
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(Http.json(deep).get("message").asText()).contains("10000");
    }

    @Test
    void expandAddsSkillsAndLanguages() {
        JsonNode user = Http.json(http.get("/api/v2/users?pageSize=1&expand=skills,languages"))
                .get("entities")
                .get(0);
        assertThat(user.get("skills").get(0).get("proficiency").isNumber()).isTrue();
        assertThat(user.get("languages").get(0).get("languageUri").asText()).startsWith("/api/v2/routing/languages/");
        JsonNode one = Http.json(http.get("/api/v2/users/" + user.get("id").asText() + "?expand=skills"));
        assertThat(one.get("skills")).isEqualTo(user.get("skills"));
        assertThat(one.has("languages")).isFalse();
    }

    @Test
    void theCursorQueryVisitsEveryUserOnce() {
        Set<String> seen = new HashSet<>();
        String path = "/api/v2/users/query?pageSize=500";
        int pages = 0;
        while (path != null) {
            JsonNode page = Http.json(http.get(path));
            page.get("entities")
                    .forEach(u -> assertThat(seen.add(u.get("id").asText())).isTrue());
            assertThat(page.has("selfUri")).isTrue();
            path = page.has("nextUri") ? page.get("nextUri").asText() : null;
            assertThat(page.has("cursor")).isEqualTo(path != null);
            pages++;
        }
        assertThat(seen).hasSize(1234);
        assertThat(pages).isEqualTo(3);
        assertThat(http.get("/api/v2/users/query?cursor=%25%25").statusCode()).isEqualTo(400);
    }

    @Test
    void patchNeedsTheCurrentVersionAndBumpsIt() {
        JsonNode user = Http.json(http.get("/api/v2/users?pageSize=1&pageNumber=7"))
                .get("entities")
                .get(0);
        String path = "/api/v2/users/" + user.get("id").asText();
        int version = user.get("version").asInt();
        HttpResponse<String> missing = http.send("PATCH", path, "{\"title\":\"Lead\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Http.json(missing).get("details").get(0).get("fieldName").asText())
                .isEqualTo("version");
        HttpResponse<String> ok = http.send("PATCH", path, "{\"title\":\"Lead\",\"version\":" + version + "}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(ok).get("version").asInt()).isEqualTo(version + 1);
        assertThat(Http.json(ok).get("title").asText()).isEqualTo("Lead");
        HttpResponse<String> stale = http.send("PATCH", path, "{\"title\":\"Boss\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Http.json(stale).get("message").asText()).contains("does not match the current version");
        assertThat(Http.json(http.get(path)).get("title").asText()).isEqualTo("Lead");
    }

    @Test
    void refusesMalformedJsonUnknownUsersAndOversizedBulksWithoutStackTraces() {
        String id = firstUser().get("id").asText();
        HttpResponse<String> malformed = http.send("PATCH", "/api/v2/users/" + id, "{\"version\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(Http.json(malformed).get("code").asText()).isEqualTo("bad.request");
        assertThat(malformed.body()).doesNotContain("at com.", "at dev.", "Exception");
        HttpResponse<String> unknown = http.get("/api/v2/users/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).get("code").asText()).isEqualTo("not.found");
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"acdAutoAnswer\":true}");
        }
        HttpResponse<String> tooMany =
                http.send("PATCH", "/api/v2/users/bulk", body.append("]").toString());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(Http.json(tooMany).get("code").asText()).isEqualTo("request.entity.too.large");
    }

    @Test
    void bulkSetsAcdAutoAnswer() {
        String id = firstUser().get("id").asText();
        HttpResponse<String> r =
                http.send("PATCH", "/api/v2/users/bulk", "[{\"id\":\"" + id + "\",\"acdAutoAnswer\":true}]");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.json(r).get("entities").get(0).get("acdAutoAnswer").asBoolean())
                .isTrue();
        assertThat(Http.json(http.get("/api/v2/users/" + id))
                        .get("acdAutoAnswer")
                        .asBoolean())
                .isTrue();
    }
}
