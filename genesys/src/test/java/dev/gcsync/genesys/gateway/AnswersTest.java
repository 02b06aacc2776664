package dev.gcsync.genesys.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.Result;
import dev.gcsync.governor.VirtualTime;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** The one decision both gateways (proxy, SDK connector) make of a governed result. */
class AnswersTest {
    private final VirtualTime time = new VirtualTime(Instant.parse("2026-01-01T00:00:00Z"));
    private final Answers answers = new Answers(time, "gcsync proxy", "--max-hold");

    @Property(tries = 200)
    void retryAfterIsTheWholeSecondsUntilTheServerAllowsAgainRoundedUpAndAtLeastOne(
            @ForAll @LongRange(min = -5_000, max = 3_600_000) long millis) throws Exception {
        Instant at = time.wallClock().plusMillis(millis);
        GatewayAnswer<String> a = answers.decide(
                new Result<>(Outcome.STOPPED_RATE_LIMITED, Optional.empty(), Optional.empty(), 1, Optional.of(at)));
        GatewayAnswer.Refused<String> r = (GatewayAnswer.Refused<String>) a;
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.kind()).isEqualTo(GatewayAnswer.Refusal.THROTTLED);
        long expected = Math.max(1, (millis + 999) / 1000);
        assertThat(r.retryAfterSeconds()).isEqualTo(expected);
        assertThat(r.retryAfterSeconds() * 1000).isGreaterThanOrEqualTo(millis);
        JsonNode body = new ObjectMapper().readTree(GenesysErrorBody.of(r, "ctx"));
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("code").asText()).isEqualTo("too.many.requests.retry.after");
        assertThat(body.get("message").asText())
                .contains("[" + expected + "] seconds")
                .contains("--max-hold");
        assertThat(body.get("contextId").asText()).isEqualTo("ctx");
    }

    @Property(tries = 100)
    void anErrorBodyStaysValidJsonWhateverTheMessage(@ForAll @StringLength(max = 60) String message) throws Exception {
        GatewayAnswer.Refused<String> r = GatewayAnswer.Refused.rejected(400, "bad.request", message);
        JsonNode body = new ObjectMapper().readTree(GenesysErrorBody.of(r, "id"));
        assertThat(body.get("message").asText().length()).isEqualTo(message.length());
        assertThat(body.get("status").asInt()).isEqualTo(400);
    }

    @Property(tries = 20)
    void aFaultBecomesA502OrA504AndKeepsItsCause(@ForAll boolean timeout) {
        IOException fault = timeout ? new HttpTimeoutException("slow") : new IOException("reset");
        GatewayAnswer.Refused<String> r = (GatewayAnswer.Refused<String>) answers.<String>decide(
                new Result<>(Outcome.AMBIGUOUS, Optional.empty(), Optional.of(fault), 1, Optional.empty()));
        assertThat(r.status()).isEqualTo(timeout ? 504 : 502);
        assertThat(r.cause()).contains(fault);
        assertThat(r.retryAfterSeconds()).isZero();
        assertThat(r.message()).contains("not sent again");
    }

    @Property(tries = 10)
    void aStopAtTheDeadlineSaysTheHoldWouldPassTheOption(@ForAll @LongRange(min = 1, max = 600) long seconds) {
        GatewayAnswer.Refused<String> r = (GatewayAnswer.Refused<String>) answers.<String>decide(new Result<>(
                Outcome.STOPPED_DEADLINE,
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.of(time.wallClock().plus(Duration.ofSeconds(seconds)))));
        assertThat(r.retryAfterSeconds()).isEqualTo(seconds);
        assertThat(r.message()).contains("would pass --max-hold");
    }

    @Property(tries = 50)
    void theAnswersHeadersCarryItsRetryAfterOnlyWhenItNamesOne(@ForAll @LongRange(min = 0, max = 86_400) long seconds) {
        GatewayAnswer.Refused<String> r = seconds == 0
                ? GatewayAnswer.Refused.rejected(401, "authentication.required", "no key")
                : answers.throttled(seconds, "why");
        java.util.Map<String, String> headers = GenesysErrorBody.headers(r, "ctx-1");
        assertThat(headers)
                .containsEntry("Content-Type", "application/json")
                .containsEntry("ININ-Correlation-Id", "ctx-1");
        if (seconds == 0) {
            assertThat(headers).doesNotContainKey("Retry-After").hasSize(2);
        } else {
            assertThat(headers)
                    .containsEntry("Retry-After", Long.toString(seconds))
                    .hasSize(3);
        }
    }
}
