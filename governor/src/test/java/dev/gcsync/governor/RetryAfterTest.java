package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-27T20:00:00Z");

    @ParameterizedTest(name = "\"{0}\" means {1} ms")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "0                              | 0",
                "7                              | 7000",
                "' 30 '                         | 30000",
                "Fri, 27 Nov 2026 20:00:09 GMT  | 10000",
                "Fri, 27 Nov 2026 19:59:00 GMT  | 0",
                "Fri, 27 Nov 2026 19:59:59 GMT  | 0",
                "Fri, 27 Nov 2026 20:00:00 GMT  | 1000",
                "soon                           | none",
                "-5                             | none",
                "1.5                            | none",
                "''                             | none",
                "99999999999999999999999        | none",
            })
    void readsDeltaSecondsAndHttpDatesAndRejectsGarbage(String value, Long expectedMillis) {
        Optional<Duration> parsed = RetryAfter.parse(value, NOW);
        assertThat(parsed.map(Duration::toMillis)).isEqualTo(Optional.ofNullable(expectedMillis));
    }

    @Test
    void treatsAMissingHeaderAsUnreadable() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}
