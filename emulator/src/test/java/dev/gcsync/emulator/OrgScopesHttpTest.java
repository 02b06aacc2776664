package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.store.StateSnapshot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Buckets shared per OAuth client and per org, and clock-aligned windows, over loopback HTTP in virtual time. */
class OrgScopesHttpTest {
    static final String OTHER_ID = "other-integration";
    static final String OTHER_SECRET = "other-secret";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private Emulator emulator;

    private void start(String bucketSpec) {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(20)
                .clock(clock)
                .client(OAuthClient.fullAdmin(OTHER_ID, OTHER_SECRET))
                .policy(RatePolicy.genesys().withBuckets(List.of(BucketRule.parse(bucketSpec))))
                .build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void twoTokensOfOneClientShareAClientBucketWhileAnotherClientHasItsOwn() {
        start("skill-writes:PATCH:/api/v2/users/*/routingskills:3:scope=client");
        Http first = new Http(emulator).authenticated();
        Http second = new Http(emulator).authenticated();
        Http other = other();
        String path = skillsPath(0);
        assertThat(patch(first, path).statusCode()).isEqualTo(200);
        assertThat(patch(second, path).statusCode()).isEqualTo(200);
        assertThat(patch(first, path).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = patch(second, path);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(patch(other, path).statusCode()).isEqualTo(200);
        assertThat(second.get("/api/v2/users/" + userId(0)).statusCode()).isEqualTo(200); // reads are not in it
    }

    @Test
    void twoClientsShareAnOrgBucket() {
        start("member-writes:POST:/api/v2/routing/queues/*/members:2:scope=org");
        Http mine = new Http(emulator).authenticated();
        Http other = other();
        assertThat(addMember(mine, 0).statusCode()).isEqualTo(204);
        assertThat(addMember(other, 1).statusCode()).isEqualTo(204);
        assertThat(addMember(mine, 2).statusCode()).isEqualTo(429);
        assertThat(addMember(other, 3).statusCode()).isEqualTo(429);
        assertThat(emulator.admin().counters().throttledByToken()).containsOnlyKeys("token-1", "token-2");
        long start = clock.currentMillis();
        clock.advance(Duration.ofSeconds(60));
        assertThat(addMember(other, 3).statusCode()).isEqualTo(204);
        var counters = emulator.admin().counters(); // refused writes do not move the span
        assertThat(counters.firstWriteMillis()).isEqualTo(start);
        assertThat(counters.lastWriteMillis() - counters.firstWriteMillis()).isEqualTo(60_000);
    }

    @Test
    void aClockAlignedWindowResetsAtAMultipleOfItsLengthNotAWindowAfterTheFirstRequest() {
        start("member-writes:POST:/api/v2/routing/queues/*/members:2:scope=org:align=clock:window=5s");
        Http http = new Http(emulator).authenticated();
        clock.advance(Duration.ofSeconds(3)); // 10:00:03, in the window [:00, :05)
        addMember(http, 0);
        addMember(http, 1);
        HttpResponse<String> refused = addMember(http, 2);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2"); // :05, not :08
        clock.advance(Duration.ofSeconds(2));
        assertThat(addMember(http, 2).statusCode()).isEqualTo(204);
    }

    @Test
    void aFirstRequestWindowOfItsOwnLengthOpensAtTheFirstRequest() {
        start("member-writes:POST:/api/v2/routing/queues/*/members:2:scope=org:window=5s");
        Http http = new Http(emulator).authenticated();
        clock.advance(Duration.ofSeconds(3));
        addMember(http, 0);
        addMember(http, 1);
        assertThat(addMember(http, 2).headers().firstValue("Retry-After")).hasValue("5");
        clock.advance(Duration.ofSeconds(2));
        assertThat(addMember(http, 2).statusCode()).isEqualTo(429);
    }

    private Http other() {
        HttpResponse<String> r = new Http(emulator).oauth(OTHER_ID, OTHER_SECRET);
        return new Http(emulator).withToken(Http.json(r).get("access_token").asText());
    }

    private String userId(int i) {
        return emulator.admin().exportState().users().get(i).id();
    }

    private String skillsPath(int user) {
        return "/api/v2/users/" + userId(user) + "/routingskills/bulk";
    }

    private HttpResponse<String> patch(Http http, String path) {
        String skill = emulator.admin().exportState().skills().get(0).id();
        return http.send("PATCH", path, "[{\"id\":\"" + skill + "\",\"proficiency\":3}]");
    }

    /** Adds user {@code i} (one not yet a member) to the first queue. */
    private HttpResponse<String> addMember(Http http, int i) {
        StateSnapshot state = emulator.admin().exportState();
        var queue = state.queues().get(0);
        String user = state.users().stream()
                .map(u -> u.id())
                .filter(id -> !queue.members().contains(id))
                .skip(i)
                .findFirst()
                .orElseThrow();
        return http.send("POST", "/api/v2/routing/queues/" + queue.id() + "/members", "[{\"id\":\"" + user + "\"}]");
    }
}
