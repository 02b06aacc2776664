package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.UpdateUser;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.store.StateSnapshot;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the proxy must not touch: 5xx and dropped connections on non-idempotent requests, and headers. */
class ProxyPassThroughIT {
    private ProxyFixture f;

    @AfterEach
    void stop() {
        f.close();
    }

    private static long requestsTo(CountersSnapshot c, String route) {
        return c.byRouteAndStatus().entrySet().stream()
                .filter(e -> e.getKey().startsWith(route + " "))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    @Test
    void aNonIdempotent5xxReachesTheClientUntouchedAndIsSentOnce() {
        f = ProxyFixture.start(
                EmulatorConfig.builder()
                        .users(20)
                        .seed(4)
                        .profile(Profile.UNLIMITED)
                        .faults(Faults.none().withErrorRate(1)),
                c -> c);
        String id = f.emulator.admin().exportState().users().get(0).id();
        UpdateUser update = new UpdateUser();
        update.setTitle("Team Lead");
        update.setVersion(1);

        ApiException e =
                catchThrowableOfType(ApiException.class, () -> f.users().patchUser(id, update));

        assertThat(e.getStatusCode()).isIn(502, 503, 504);
        assertThat(e.getRawBody()).contains("\"status\":" + e.getStatusCode()).doesNotContain("gcsync proxy");
        assertThat(e.getHeaders().get("ININ-Correlation-Id")).isNotBlank();
        assertThat(requestsTo(f.emulator.admin().counters(), "PATCH /api/v2/users/{userId}"))
                .isEqualTo(1);
    }

    @Test
    void anIdempotent5xxIsRetriedByTheGovernorUpToItsAttemptCap() {
        f = ProxyFixture.start(
                EmulatorConfig.builder()
                        .users(20)
                        .seed(4)
                        .profile(Profile.UNLIMITED)
                        .faults(Faults.none().withErrorRate(1)),
                c -> c);
        String id = f.emulator.admin().exportState().users().get(0).id();

        ApiException e =
                catchThrowableOfType(ApiException.class, () -> f.users().getUser(id, null, null, null));

        assertThat(e.getStatusCode()).isIn(502, 503, 504);
        assertThat(requestsTo(f.emulator.admin().counters(), "GET /api/v2/users/{userId}"))
                .isEqualTo(4);
    }

    @Test
    void aDroppedConnectionOnAPostIsAnswered502AndNotSentAgain() {
        f = ProxyFixture.start(
                EmulatorConfig.builder()
                        .users(20)
                        .seed(4)
                        .profile(Profile.UNLIMITED)
                        .faults(Faults.none().withDropRate(1)),
                c -> c);
        StateSnapshot state = f.emulator.admin().exportState();
        WritableEntity member = new WritableEntity();
        member.setId(state.users().get(0).id());

        ApiException e = catchThrowableOfType(ApiException.class, () -> new RoutingApi(f.sdk())
                .postRoutingQueueMembers(state.queues().get(0).id(), List.of(member), false));

        assertThat(e.getStatusCode()).isEqualTo(502);
        assertThat(e.getRawBody()).contains("not sent again");
        assertThat(requestsTo(f.emulator.admin().counters(), "POST /api/v2/routing/queues/{queueId}/members"))
                .isEqualTo(1);
    }

    @Test
    void rateHeadersAndTheCorrelationIdReachTheClientInGenesysCase() throws Exception {
        f = ProxyFixture.start(EmulatorConfig.builder().users(20).seed(4), c -> c);
        String id = f.emulator.admin().exportState().users().get(0).id();
        String head;
        try (Socket socket = new Socket("127.0.0.1", f.proxy.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v2/users/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + f.token
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            head = all.substring(0, all.indexOf("\r\n\r\n"));
            assertThat(all).contains("\"id\":\"" + id + "\"");
        }
        // The Java SDK looks these up case-sensitively (ApiException.getHeaders().get("Retry-After")).
        assertThat(head)
                .startsWith("HTTP/1.1 200")
                .contains(
                        "\r\nININ-Correlation-Id: ",
                        "\r\ninin-ratelimit-count: ",
                        "\r\ninin-ratelimit-allowed: ",
                        "\r\ninin-ratelimit-reset: ",
                        "\r\nContent-Type: application/json");
        UsersApi users = f.users();
        assertThat(users.getUsers(25, 1, null, null, null, List.of("skills"), null, null)
                        .getEntities())
                .hasSize(20);
    }

    @Test
    void aGatewaySettingWithAnEmptyPrefixStillReachesTheLoginHost() throws Exception {
        f = ProxyFixture.start(EmulatorConfig.builder().users(10).seed(4), c -> c);
        String basic = Base64.getEncoder()
                .encodeToString((EmulatorConfig.DEFAULT_CLIENT_ID + ":" + EmulatorConfig.DEFAULT_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
        String body = "grant_type=client_credentials";
        try (Socket socket = new Socket("127.0.0.1", f.proxy.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST //oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + basic
                            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                            + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(all).startsWith("HTTP/1.1 200").contains("\"access_token\"");
        }
    }
}
