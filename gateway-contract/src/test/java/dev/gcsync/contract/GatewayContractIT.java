package dev.gcsync.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.genesys.gateway.TokenName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gateway's contract: the proxy and the SDK connector, each in front of the emulator on one virtual clock,
 * answer a client (the official Java SDK, no retries of its own) the same way. Each scenario is asserted on
 * each adapter, and the two transcripts are compared whole. Differences by design are named in the tests.
 */
class GatewayContractIT {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Scenario.class)
    void bothAdaptersAnswerTheClientAlikeAndTheServerSeesTheSameRequests(Scenario scenario) {
        Transcript proxy = scenario.run(Adapter.Kind.PROXY);
        Transcript connector = scenario.run(Adapter.Kind.CONNECTOR);

        assertThat(connector).isEqualTo(proxy);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adapter.Kind.class)
    void a429WithinTheHoldIsWaitedOutAndSentAgainAfterRetryAfter(Adapter.Kind kind) {
        Transcript t = Scenario.HELD_429.run(kind);

        assertThat(t.statuses()).containsExactly(200, 200);
        assertThat(t.serverThrottled())
                .as("the server refused the second write once")
                .isEqualTo(1);
        assertThat(t.writesApplied().values()).hasSize(2).containsOnly(1L);
        assertThat(t.elapsed())
                .as("virtual time: the retry went after the server's Retry-After (10 s), not before")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(9))
                .isLessThan(Duration.ofSeconds(30));
    }

    /** By design the message names who answered and its hold setting; the test reads them as placeholders. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Adapter.Kind.class)
    void aRetryAfterBeyondTheHoldIsAnsweredAsGenesys429ThatNamesWhoAnsweredAndTheNextOneIsNotSent(Adapter.Kind kind) {
        Transcript t = Scenario.LONG_RETRY_AFTER.run(kind);

        assertThat(t.statuses()).containsExactly(200, 429, 429, 200);
        Seen refused = t.answers().get(1);
        Seen stopped = t.answers().get(2);
        assertThat(refused.retryAfterSeconds()).isBetween(119L, 120L);
        assertThat(stopped.retryAfterSeconds()).isBetween(1L, refused.retryAfterSeconds());
        for (Seen s : List.of(refused, stopped)) {
            assertThat(s.code()).isEqualTo("too.many.requests.retry.after");
            assertThat(s.message())
                    .isEqualTo("Rate limit exceeded the maximum. Retry the request in [" + s.retryAfter()
                            + "] seconds (<gateway>: the server's Retry-After is longer than <hold>)");
            assertThat(s.correlated()).isTrue();
        }
        assertThat(t.serverThrottled()).as("the third write was never sent").isEqualTo(1);
        assertThat(t.serverByRouteAndStatus())
                .containsEntry("PATCH /api/v2/users/{userId}/routingskills/bulk 200", 1L)
                .containsEntry("PATCH /api/v2/users/{userId}/routingskills/bulk 429", 1L)
                .containsEntry("GET /api/v2/users/{userId} 200", 1L)
                .containsEntry("POST /oauth/token 200", 1L)
                .hasSize(4);
        assertThat(t.elapsed()).as("nothing was held").isLessThan(Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adapter.Kind.class)
    void a5xxRetryAfterIsAFloorForTheRetriesOfAGetAndAPatchIsSentOnce(Adapter.Kind kind) {
        Transcript t = Scenario.SERVER_ERROR_WITH_RETRY_AFTER.run(kind);

        assertThat(t.answers()).hasSize(2).allSatisfy(s -> {
            assertThat(s.status()).isIn(502, 503, 504);
            assertThat(s.retryAfter())
                    .as("the server's own answer, passed through")
                    .isEqualTo("7");
            assertThat(s.message()).doesNotContain("<gateway>");
        });
        long gets = sum(t, "GET /api/v2/users/{userId} ");
        long patches = sum(t, "PATCH /api/v2/users/{userId}/routingskills/bulk ");
        assertThat(gets).as("the GET: 4 attempts").isEqualTo(4);
        assertThat(patches).as("the PATCH: never sent again").isEqualTo(1);
        assertThat(t.writesApplied()).isEmpty();
        assertThat(t.elapsed())
                .as("virtual time: 3 waits of at least Retry-After 7 s, although the own backoff is shorter")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(21));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adapter.Kind.class)
    void a401IsPassedThroughOnceAsTheServerSentIt(Adapter.Kind kind) {
        Transcript t = Scenario.UNAUTHORIZED.run(kind);

        assertThat(t.answers()).hasSize(2).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(401);
            assertThat(s.code()).isEqualTo("bad.credentials");
            assertThat(s.correlated()).isTrue();
        });
        assertThat(t.serverByRouteAndStatus())
                .containsOnly(
                        entry("GET /api/v2/users/{userId} 401", 1L),
                        entry("PATCH /api/v2/users/{userId}/routingskills/bulk 401", 1L));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adapter.Kind.class)
    void twoTokensGetTwoGovernorsAndAnIdleOnesSuccessorStartsFromTheLearnedLimit(Adapter.Kind kind) {
        List<String> names = new ArrayList<>();
        Transcript t = Scenario.TOKENS_AND_EVICTION.run(kind, p -> names.addAll(p.adapter.governedTokens()));

        assertThat(t.statuses()).containsOnly(200).hasSize(5);
        assertThat(t.governors()).as("A; A and B; after an idle hour, C alone").containsExactly(1, 2, 1);
        assertThat(t.serverThrottled())
                .as("only token A met the hidden bucket; B and C were paced under what A taught")
                .isEqualTo(1);
        assertThat(t.writesApplied().values()).hasSize(5).containsOnly(1L);
        assertThat(names).hasSize(1).allSatisfy(n -> assertThat(n).matches("t-[0-9a-f]{12}"));
    }

    /**
     * By design the two differ here: with no answer from the server there is no HTTP answer to pass on. The proxy
     * must answer its client something (502 in Genesys' shape); the connector, inside the client, hands the
     * SDK the fault itself, as the SDK's own connector would. Alike: the write is never sent again.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Adapter.Kind.class)
    void aDroppedPatchIsSentOnceThenTheProxyAnswers502WhereTheConnectorRaisesTheFault(Adapter.Kind kind) {
        Transcript t;
        try (Play p =
                new Play(kind, EmulatorConfig.builder().faults(Faults.none().withDropRate(1)), Duration.ofMinutes(1))) {
            p.patchSkill(p.newClient(), p.userId(0), p.skillId(0));
            t = p.transcript();
        }

        assertThat(t.serverByRouteAndStatus())
                .as("one attempt, its connection dropped (status 0)")
                .containsEntry("PATCH /api/v2/users/{userId}/routingskills/bulk 0", 1L)
                .hasSize(2);
        Seen seen = t.answers().get(0);
        if (kind == Adapter.Kind.PROXY) {
            assertThat(seen.status()).isEqualTo(502);
            assertThat(seen.code()).isEqualTo("bad.gateway");
            assertThat(seen.message())
                    .startsWith("<gateway>: no answer from the server")
                    .endsWith("not sent again");
        } else {
            assertThat(seen.status()).as("raised in the SDK, no status").isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Adapter.Kind.class)
    void noTokenOrSecretReachesAnAnswerALogLineOrATokenName(Adapter.Kind kind) {
        List<String> secrets = new ArrayList<>(List.of(EmulatorConfig.DEFAULT_CLIENT_SECRET));
        List<String> texts = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            s.run(kind, p -> {
                secrets.addAll(p.tokens());
                texts.addAll(p.rawTexts());
                p.tokens().forEach(token -> assertThat(TokenName.of(token)).doesNotContain(token));
            });
        }
        texts.addAll(logs.lines());

        assertThat(logs.lines()).as("the gateway logged at DEBUG").isNotEmpty();
        assertThat(secrets).hasSizeGreaterThan(Scenario.values().length);
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    private static long sum(Transcript t, String routePrefix) {
        return t.serverByRouteAndStatus().entrySet().stream()
                .filter(e -> e.getKey().startsWith(routePrefix))
                .mapToLong(e -> e.getValue())
                .sum();
    }

    private static java.util.Map.Entry<String, Long> entry(String key, long value) {
        return java.util.Map.entry(key, value);
    }
}
