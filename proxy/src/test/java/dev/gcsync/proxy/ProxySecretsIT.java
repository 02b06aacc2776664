package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The bearer token, the client secret and the proxy key appear in no log line, metric, summary or answer. */
class ProxySecretsIT {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;
    private Level rootLevel;
    private Logger jetty;
    private Level jettyLevel;

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG); // gcsync's own loggers, the emulator's, the SDK's: everything ...
        // ... but Jetty at the level gcsync ships it (cli logback.xml): Jetty's HTTP parser logs raw request
        // headers at DEBUG, which is why the proxy warns on start when that logger is in debug.
        jetty = context.getLogger("org.eclipse.jetty");
        jettyLevel = jetty.getLevel();
        jetty.setLevel(Level.WARN);
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        jetty.setLevel(jettyLevel);
    }

    @Test
    void noSecretReachesALogLineAMetricOrAnAnswer() throws Exception {
        List<String> seen = new ArrayList<>();
        String token;
        try (ProxyFixture f = ProxyFixture.start(
                EmulatorConfig.builder()
                        .users(10)
                        .seed(9)
                        .policy(RatePolicy.genesys().withLimit(10, Duration.ofSeconds(30))),
                c -> c.withKey(new ProxyKey(ProxyFixture.KEY), false).withMaxHold(Duration.ofMillis(500)))) {
            token = f.token;
            String id = f.emulator.admin().exportState().users().get(0).id();
            UsersApi users = f.users();
            // The proxy also reads the org's limit namespaces with this token (a few GETs of the same bucket), so
            // the bucket of 10 runs out after some answers: how many is the read's, not this test's, business.
            int answered = 0;
            ApiException held = null;
            for (int i = 0; i < 20 && held == null; i++) {
                try {
                    users.getUser(id, null, null, null);
                    answered++;
                } catch (ApiException e) {
                    held = e;
                }
            }
            assertThat(answered).as("answered before the bucket ran out").isPositive();
            assertThat(held).as("the bucket ran out within 20 requests").isNotNull();
            assertThat(held.getStatusCode()).isEqualTo(429);
            seen.add(held.getRawBody());
            seen.add(held.getHeaders().toString());

            ApiClient noKey = ApiClient.Builder.standard()
                    .withBasePath(f.proxy.baseUrl().toString())
                    .withAccessToken(token)
                    .build();
            ApiException refused =
                    catchThrowableOfType(ApiException.class, () -> new UsersApi(noKey).getUser(id, null, null, null));
            assertThat(refused.getStatusCode()).isEqualTo(401);
            seen.add(refused.getRawBody());
            HttpResponse<String> wrongKey = ProxyFixture.HTTP.send(
                    HttpRequest.newBuilder(URI.create(f.proxy.baseUrl() + "/metrics"))
                            .header(ProxyKey.HEADER, "not-the-key-0123456789")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrongKey.statusCode()).isEqualTo(401);

            HttpResponse<String> metrics = ProxyFixture.HTTP.send(
                    HttpRequest.newBuilder(URI.create(f.proxy.baseUrl() + "/metrics"))
                            .header(ProxyKey.HEADER, ProxyFixture.KEY)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("gcsync_proxy_requests_total{status=\"200\",token=\"t-")
                    .contains("gcsync_proxy_429_surfaced_total{token=\"t-");
            seen.add(metrics.body());
            seen.add(f.proxy.summaryLine());
            seen.add(f.proxy.stats().toString());
            seen.add(f.proxy.config().toString());
        }
        logs.list.forEach(e -> {
            seen.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) {
                seen.add(e.getThrowableProxy().getMessage());
            }
        });
        assertThat(logs.list).as("the proxy logged its requests").anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("GET /api/v2/users/"));
        for (String text : seen) {
            assertThat(text)
                    .doesNotContain(token)
                    .doesNotContain(ProxyFixture.KEY)
                    .doesNotContain(EmulatorConfig.DEFAULT_CLIENT_SECRET);
        }
    }
}
