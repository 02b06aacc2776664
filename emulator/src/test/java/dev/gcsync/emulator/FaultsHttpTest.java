package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.store.QueueState;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsHttpTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final List<Emulator> started = new ArrayList<>();

    private Emulator start(Faults faults) {
        Emulator e = Emulator.start(EmulatorConfig.builder()
                .users(50)
                .seed(9)
                .clock(clock)
                .policy(RatePolicy.unlimited())
                .faults(faults)
                .build());
        started.add(e);
        return e;
    }

    @AfterEach
    void stop() {
        started.forEach(Emulator::close);
    }

    private static List<Integer> statuses(Emulator e, int n) {
        Http http = new Http(e).authenticated();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(http.get("/api/v2/routing/skills").statusCode());
        }
        return out;
    }

    @Test
    void serverErrorsAreSeededSoTheSameSeedGivesTheSameSequence() {
        List<Integer> first = statuses(start(Faults.none().withErrorRate(0.5)), 40);
        List<Integer> second = statuses(start(Faults.none().withErrorRate(0.5)), 40);
        assertThat(first).isEqualTo(second).contains(200).containsAnyOf(502, 503, 504);
        assertThat(first).allSatisfy(s -> assertThat(s).isIn(200, 502, 503, 504));
    }

    @Test
    void aServerErrorHasAGenesysBodyAndIsCounted() {
        Emulator e = start(Faults.none().withErrorRate(1));
        HttpResponse<String> r = new Http(e).authenticated().get("/api/v2/users");
        assertThat(r.statusCode()).isIn(502, 503, 504);
        JsonNode body = Http.json(r);
        assertThat(body.get("status").asInt()).isEqualTo(r.statusCode());
        assertThat(body.get("code").asText()).isIn("bad.gateway", "service.unavailable", "request.timeout");
        assertThat(e.admin().counters().faults()).containsEntry("SERVER_ERROR", 1L);
    }

    @Test
    void aServerErrorCarriesTheRetryAfterTheFaultsNameAndNoneOtherwise() {
        HttpResponse<String> with = new Http(
                        start(Faults.none().withErrorRate(1).withErrorRetryAfter(Duration.ofSeconds(7))))
                .authenticated()
                .get("/api/v2/users");
        HttpResponse<String> without =
                new Http(start(Faults.none().withErrorRate(1))).authenticated().get("/api/v2/users");
        assertThat(with.statusCode()).isIn(502, 503, 504);
        assertThat(with.headers().firstValue("Retry-After")).contains("7");
        assertThat(without.statusCode()).isIn(502, 503, 504);
        assertThat(without.headers().firstValue("Retry-After")).isEmpty();
        assertThatThrownBy(() -> Faults.none().withErrorRetryAfter(Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("errorRetryAfter must be whole seconds");
    }

    @Test
    void aDroppedConnectionGetsNoResponse() {
        Emulator e = start(Faults.none().withDropRate(1));
        Http http = new Http(e).authenticated();
        // POST: java.net.http retries an idempotent GET once on a dropped connection, never a POST.
        assertThatThrownBy(() -> http.send("POST", "/api/v2/users/query", "{}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(e.admin().counters().faults()).containsEntry("DROPPED_CONNECTION", 1L);
    }

    @Test
    void latencyIsDrawnFromTheConfiguredRangeThroughTheClock() {
        Emulator e = start(Faults.none().withLatency(Latency.between(Duration.ofMillis(20), Duration.ofMillis(60))));
        statuses(e, 10);
        assertThat(clock.sleptMillis()).isBetween(200L, 600L);
        assertThat(e.admin().counters().faults()).containsEntry("LATENCY", 10L);
    }

    @Test
    void aConcurrentEditMakesAPatchWithTheReadVersionFail() {
        Emulator e = start(Faults.none().withConflictRate(1));
        Http http = new Http(e).authenticated();
        JsonNode user =
                Http.json(http.get("/api/v2/users?pageSize=1")).get("entities").get(0);
        HttpResponse<String> r = http.send(
                "PATCH",
                "/api/v2/users/" + user.get("id").asText(),
                "{\"title\":\"X\",\"version\":" + user.get("version").asInt() + "}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Http.json(r).get("message").asText()).contains("does not match the current version");
        assertThat(e.admin().user(user.get("id").asText()).version())
                .isEqualTo(user.get("version").asInt() + 1);
    }

    @Test
    void anAppliedWriteCanStillBeAnswered504() {
        Emulator e = start(Faults.none().withAppliedErrorRate(1));
        Http http = new Http(e).authenticated();
        String id = e.admin().exportState().users().get(0).id();
        HttpResponse<String> r =
                http.send("PATCH", "/api/v2/users/bulk", "[{\"id\":\"" + id + "\",\"acdAutoAnswer\":true}]");
        assertThat(r.statusCode()).isEqualTo(504);
        assertThat(e.admin().user(id).acdAutoAnswer()).isTrue();
        assertThat(e.admin().counters().writes("BULK_ACD_AUTO_ANSWER", id)).isEqualTo(1);
        assertThat(e.admin().counters().faults()).containsEntry("APPLIED_THEN_ERROR", 1L);
        assertThat(http.get("/api/v2/users/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void expandIsSilentlyOmittedForAFractionOfUsers() {
        Emulator e = start(Faults.none().withMissingExpandRate(0.5));
        JsonNode users = Http.json(new Http(e).authenticated().get("/api/v2/users?pageSize=50&expand=skills"))
                .get("entities");
        long without = 0;
        for (JsonNode u : users) {
            without += u.has("skills") ? 0 : 1;
        }
        assertThat(without).isBetween(1L, 49L);
        assertThat(e.admin().counters().faults()).containsEntry("MISSING_EXPAND", without);
    }

    @Test
    void membershipWritesShowInReadsOnlyAfterTheLag() {
        Emulator e = start(Faults.none().withMemberReadLag(Duration.ofSeconds(2)));
        Http http = new Http(e).authenticated();
        QueueState queue = e.admin().exportState().queues().get(1);
        String outsider = e.admin().exportState().users().stream()
                .map(u -> u.id())
                .filter(id -> !queue.members().contains(id))
                .findFirst()
                .orElseThrow();
        String base = "/api/v2/routing/queues/" + queue.id() + "/members";
        assertThat(http.send("POST", base, "[{\"id\":\"" + outsider + "\"}]").statusCode())
                .isEqualTo(204);
        assertThat(http.get(base + "?pageSize=100").body()).doesNotContain(outsider);
        clock.advance(Duration.ofMillis(1999));
        assertThat(http.get(base + "?pageSize=100").body()).doesNotContain(outsider);
        clock.advance(Duration.ofMillis(1));
        assertThat(http.get(base + "?pageSize=100").body()).contains(outsider);
    }
}
