package dev.gcsync.genesys.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule of which requests both gateways hold in a governor. */
class GovernedPathsTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v2/users, true",
        "/api/v2/users/abc/routingskills/bulk, true",
        "/api/v2/, true",
        "/oauth/token, false",
        "/api/v2, false",
        "/api/v20/users, false",
        "/metrics, false",
        "/, false"
    })
    void onlyTheRateLimitedApiIsGoverned(String path, boolean governed) {
        assertThat(GovernedPaths.governed(path)).isEqualTo(governed);
    }

    @Test
    void noPathIsNotGoverned() {
        assertThat(GovernedPaths.governed(null)).isFalse();
    }
}
