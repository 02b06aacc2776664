package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.ResponseHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IninRateLimitParserTest {
    private final IninRateLimitParser parser = new IninRateLimitParser();

    @Test
    void readsAllowedCountAndResetAsInAGenesysTrace() {
        var headers = ResponseHeaders.of(Map.of(
                "inin-ratelimit-count",
                List.of("1"),
                "inin-ratelimit-allowed",
                List.of("180"),
                "inin-ratelimit-reset",
                List.of("61")));
        assertThat(parser.parse(headers)).contains(new RateSignal(180, 179, Duration.ofSeconds(61)));
    }

    @Test
    void answersNothingWhenAHeaderIsMissingOrGarbled() {
        assertThat(parser.parse(ResponseHeaders.of(
                        Map.of("inin-ratelimit-count", List.of("1"), "inin-ratelimit-allowed", List.of("180")))))
                .isEmpty();
        assertThat(parser.parse(ResponseHeaders.of(Map.of(
                        "inin-ratelimit-count",
                        List.of("x"),
                        "inin-ratelimit-allowed",
                        List.of("180"),
                        "inin-ratelimit-reset",
                        List.of("61")))))
                .isEmpty();
    }

    @Test
    void clampsACountAboveTheLimitToNothingRemaining() {
        var headers = ResponseHeaders.of(Map.of(
                "ININ-RATELIMIT-COUNT",
                List.of("305"),
                "inin-ratelimit-allowed",
                List.of("300"),
                "inin-ratelimit-reset",
                List.of("3")));
        assertThat(parser.parse(headers).orElseThrow().remaining()).isZero();
    }
}
