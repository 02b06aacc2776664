package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IetfRateLimitParserTest {
    private final IetfRateLimitParser parser = new IetfRateLimitParser();

    @Test
    void readsTheStructuredFieldsOfTheCurrentDraft() {
        var headers = ResponseHeaders.of(Map.of(
                "RateLimit", List.of("\"default\";r=50;t=30"),
                "ratelimit-policy", List.of("\"default\";q=100;w=60, \"daily\";q=1000;w=86400")));
        assertThat(parser.parse(headers)).contains(new RateSignal(100, 50, Duration.ofSeconds(30)));
    }

    @Test
    void readsTheSeparateFieldsOfEarlierDrafts() {
        var headers = ResponseHeaders.of(Map.of(
                "RateLimit-Limit",
                List.of("10"),
                "RateLimit-Remaining",
                List.of("3"),
                "RateLimit-Reset",
                List.of("4")));
        assertThat(parser.parse(headers)).contains(new RateSignal(10, 3, Duration.ofSeconds(4)));
    }

    @Test
    void answersNothingForMissingOrGarbledFields() {
        assertThat(parser.parse(ResponseHeaders.none())).isEmpty();
        assertThat(parser.parse(ResponseHeaders.of(Map.of(
                        "RateLimit-Limit",
                        List.of("ten"),
                        "RateLimit-Remaining",
                        List.of("3"),
                        "RateLimit-Reset",
                        List.of("4")))))
                .isEmpty();
        assertThat(parser.parse(ResponseHeaders.of(Map.of(
                        "RateLimit", List.of("\"default\";r=50"), "RateLimit-Policy", List.of("\"default\";q=100")))))
                .isEmpty();
    }
}
