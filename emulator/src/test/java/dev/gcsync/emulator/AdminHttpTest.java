package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gcsync.emulator.http.Json;
import dev.gcsync.emulator.store.StateSnapshot;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminHttpTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final Emulator emulator =
            Emulator.start(EmulatorConfig.builder().users(40).clock(clock).build());
    private final Http http = new Http(emulator).authenticated();

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void adminRoutesRequireTheAdminKey() {
        HttpResponse<String> r = http.adminWithKey("GET", "/admin/counters", null, "wrong");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r).get("code").asText()).isEqualTo("authentication.required");
        assertThat(http.get("/admin/counters").statusCode()).isEqualTo(401);
    }

    @Test
    void countersShowRequestsByRouteStatusAndTokenAndWritesPerTarget() {
        String id = emulator.admin().exportState().users().get(3).id();
        http.get("/api/v2/users/" + id);
        http.get("/api/v2/users/nope");
        String body = "[{\"id\":\"" + id + "\",\"acdAutoAnswer\":true}]";
        http.send("PATCH", "/api/v2/users/bulk", body);
        http.send("PATCH", "/api/v2/users/bulk", body);
        JsonNode counters = Http.json(http.admin("GET", "/admin/counters", null));
        assertThat(counters.get("byRouteAndStatus")
                        .get("GET /api/v2/users/{userId} 200")
                        .asLong())
                .isEqualTo(1);
        assertThat(counters.get("byRouteAndStatus")
                        .get("GET /api/v2/users/{userId} 404")
                        .asLong())
                .isEqualTo(1);
        assertThat(counters.get("byToken").get("token-1").asLong()).isEqualTo(4);
        assertThat(counters.get("writes").get("BULK_ACD_AUTO_ANSWER " + id).asLong())
                .isEqualTo(2);
        assertThat(emulator.admin().counters().writes("BULK_ACD_AUTO_ANSWER", id))
                .isEqualTo(2);
        assertThat(http.admin("POST", "/admin/counters/reset", null).statusCode())
                .isEqualTo(204);
        assertThat(emulator.admin().counters().requests()).isZero();
    }

    @Test
    void policyChangesAtRuntimeWithAPartialPut() {
        HttpResponse<String> put = http.admin("PUT", "/admin/policy", "{\"limit\":1,\"window\":\"PT2S\"}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(Http.json(put).get("window").asText()).isEqualTo("PT2S");
        http.get("/api/v2/users");
        assertThat(http.get("/api/v2/users").statusCode()).isEqualTo(429);
        assertThat(emulator.admin().policy().limit()).isEqualTo(1);
        HttpResponse<String> bad = http.admin("PUT", "/admin/policy", "{\"window\":\"PT0.5S\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("message").asText()).contains("window must be whole seconds");
    }

    @Test
    void faultsChangeAtRuntime() {
        HttpResponse<String> put = http.admin("PUT", "/admin/faults", "{\"errorRate\":1.0}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v2/users").statusCode()).isIn(502, 503, 504);
        assertThat(Http.json(http.admin("GET", "/admin/faults", null))
                        .get("errorRate")
                        .asDouble())
                .isEqualTo(1.0);
        assertThat(http.admin("PUT", "/admin/faults", "{\"errorRate\":2}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void exportedStateImportsBackAndChangesShowInTheApi() throws Exception {
        Json json = new Json();
        HttpResponse<String> exported = http.admin("GET", "/admin/state", null);
        StateSnapshot before = json.mapper().readValue(exported.body(), StateSnapshot.class);
        assertThat(before).isEqualTo(emulator.admin().exportState());
        ObjectNode tree = (ObjectNode) Http.json(exported);
        ((ObjectNode) tree.get("users").get(0)).put("title", "Imported Title");
        assertThat(http.admin("PUT", "/admin/state", tree.toString()).statusCode())
                .isEqualTo(204);
        String id = before.users().get(0).id();
        assertThat(Http.json(http.get("/api/v2/users/" + id)).get("title").asText())
                .isEqualTo("Imported Title");
        ((ObjectNode) tree.get("users").get(1)).put("id", id);
        HttpResponse<String> duplicate = http.admin("PUT", "/admin/state", tree.toString());
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(Http.json(duplicate).get("message").asText()).contains("duplicate user id");
    }

    @Test
    void theJavaAdminBumpsVersionsAndListsRoutes() {
        String id = emulator.admin().exportState().users().get(0).id();
        assertThat(emulator.admin().bumpVersion(id).version()).isEqualTo(2);
        assertThat(Http.json(http.admin("GET", "/admin/routes", null)).toString())
                .contains("PATCH /api/v2/users/bulk", "GET /admin/counters");
    }

    @Test
    void aPolicyPutSetsABucketsScopeAlignmentWindowAndTheTokenRateAndOldBucketJsonStillMeansPerToken() {
        HttpResponse<String> r = http.admin(
                "PUT",
                "/admin/policy",
                "{\"buckets\":[{\"name\":\"m\",\"methods\":[\"POST\"],"
                        + "\"pathPrefix\":\"/api/v2/routing/queues/*/members\",\"limit\":2,\"scope\":\"ORG\","
                        + "\"align\":\"CLOCK\",\"window\":\"PT5S\",\"undocumented\":true},"
                        + "{\"name\":\"old\",\"methods\":[\"PATCH\"],\"pathPrefix\":\"/api/v2/users/\",\"limit\":9}],"
                        + "\"tokenRequests\":5,\"tokenWindow\":\"PT30S\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        RatePolicy p = emulator.admin().policy();
        assertThat(p.bucket("m").scope()).isEqualTo(BucketScope.ORG);
        assertThat(p.bucket("m").align()).isEqualTo(WindowAlign.CLOCK);
        assertThat(p.bucket("m").window()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(p.bucket("m").undocumented()).isTrue();
        assertThat(p.bucket("m").namespace()).isEqualTo("routing");
        assertThat(p.bucket("old").scope()).isEqualTo(BucketScope.TOKEN);
        assertThat(p.bucket("old").align()).isEqualTo(WindowAlign.FIRST);
        assertThat(p.bucket("old").undocumented()).isFalse();
        assertThat(p.tokenRequests()).isEqualTo(5);
        assertThat(p.tokenWindow()).isEqualTo(java.time.Duration.ofSeconds(30));
        HttpResponse<String> bad = http.admin("PUT", "/admin/policy", "{\"tokenRequests\":-1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("message").asText()).contains("tokenRequests must be >= 0");
    }
}
