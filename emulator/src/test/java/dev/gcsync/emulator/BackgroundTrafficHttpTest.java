package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.background.BackgroundCounts;
import dev.gcsync.emulator.background.BackgroundSpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Background traffic spends an org bucket through the same limiter as HTTP requests, driven by the virtual
 * clock: 10 writes per 5 s window, the background wanting half of them (one every second, at 0.5 s, 1.5 s, …).
 */
class BackgroundTrafficHttpTest {
    private static final String BUCKET = "user-routing-writes";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private Emulator emulator;
    private Http http;

    private void start(String profile, String align) {
        RatePolicy policy = RatePolicy.genesys()
                .withBuckets(List.of(BucketRule.parse(BUCKET
                        + ":PUT,PATCH,POST,DELETE:/api/v2/users/*/routing:10:scope=org:window=5s:align=" + align)));
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(20)
                .clock(clock)
                .policy(policy)
                .background(List.of(BackgroundSpec.parse("bucket=" + BUCKET + ",profile=" + profile)))
                .build());
        http = new Http(emulator).authenticated();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theBackgroundAndAForegroundClientTogetherGetNoMoreThanTheLimitAndBothSee429s() {
        start("steady:0.5", "first");
        clock.advance(Duration.ofMillis(2000)); // background sent at 0.5 s and 1.5 s
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += write() == 200 ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(8);
        clock.advance(Duration.ofMillis(3000)); // 2.5, 3.5, 4.5 s: the bucket is full
        BackgroundCounts counts = emulator.admin().counters().background().get(BUCKET);
        assertThat(counts.requests()).isEqualTo(5);
        assertThat(counts.throttled()).isEqualTo(3);
        assertThat(emulator.admin().counters().throttled()).isEqualTo(2); // the foreground's own, apart
        clock.advance(Duration.ofMillis(1000)); // 5.5 s: a new window (it opened at 0.5 s)
        assertThat(emulator.admin().counters().background().get(BUCKET).throttled())
                .isEqualTo(3);
        assertThat(emulator.admin().counters().background().get(BUCKET).requests())
                .isEqualTo(6);
    }

    @Test
    void stepsChangeWhatTheBackgroundTakesPerWindow() {
        start("steps:0.2@0s;0.8@10s;0@20s", "clock");
        clock.advance(Duration.ofSeconds(10));
        assertThat(background().requests()).isEqualTo(4); // 2 per 5 s window
        clock.advance(Duration.ofSeconds(10));
        assertThat(background().requests()).isEqualTo(4 + 16); // 8 per window
        clock.advance(Duration.ofSeconds(30));
        assertThat(background().requests()).isEqualTo(20); // nothing after 20 s
        assertThat(background().throttled()).isZero();
    }

    @Test
    void aBurstAtAClockAlignedWindowStartLeavesTheForegroundTheRest() {
        start("bursts:0.7/5s", "clock");
        clock.advance(Duration.ofMillis(100));
        int allowed = 0;
        for (int i = 0; i < 5; i++) {
            allowed += write() == 200 ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(3);
        assertThat(background().requests()).isEqualTo(7);
        clock.advance(Duration.ofMillis(4900)); // next window: the burst takes 7 again
        assertThat(write()).isEqualTo(200);
        assertThat(background()).isEqualTo(new BackgroundCounts("background", "bursts:0.7/5s", 14, 0));
    }

    @Test
    void theAdminEndpointsShowResetAndReplaceTheBackground() {
        start("steady:0.5", "first");
        clock.advance(Duration.ofSeconds(5));
        JsonNode counters = Http.json(http.admin("GET", "/admin/counters", null));
        assertThat(counters.at("/background/" + BUCKET + "/requests").asLong()).isEqualTo(5);
        assertThat(counters.at("/background/" + BUCKET + "/client").asText()).isEqualTo("background");
        assertThat(counters.path("requests").asLong()).isEqualTo(1); // the foreground's token request only
        assertThat(counters.path("byToken").size()).isZero();

        http.admin("POST", "/admin/counters/reset", null);
        assertThat(background().requests()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(background().requests()).isEqualTo(1); // its profile went on

        http.admin("POST", "/admin/reset", null); // restarts the profile now
        clock.advance(Duration.ofMillis(400));
        assertThat(background().requests()).isZero();

        HttpResponse<String> bad =
                http.admin("PUT", "/admin/background", "[{\"bucket\":\"nothing\",\"profile\":\"steady:0.1\"}]");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("message").asText()).contains("no bucket named 'nothing'");
        HttpResponse<String> ok = http.admin(
                "PUT",
                "/admin/background",
                "[{\"bucket\":\"" + BUCKET + "\",\"client\":\"crm\",\"profile\":\"steady:1\"}]");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(ok).get(0).get("profile").asText()).isEqualTo("steady:1.0");
        clock.advance(Duration.ofSeconds(5));
        assertThat(background()).isEqualTo(new BackgroundCounts("crm", "steady:1.0", 10, 0));
        assertThat(Http.json(http.admin("GET", "/admin/background", null))
                        .get(0)
                        .get("client")
                        .asText())
                .isEqualTo("crm");
    }

    private BackgroundCounts background() {
        return emulator.admin().counters().background().get(BUCKET);
    }

    private int write() {
        var state = emulator.admin().exportState();
        String user = state.users().get(0).id();
        String skill = state.skills().get(0).id();
        return http.send(
                        "PATCH",
                        "/api/v2/users/" + user + "/routingskills/bulk",
                        "[{\"id\":\"" + skill + "\",\"proficiency\":2}]")
                .statusCode();
    }
}
