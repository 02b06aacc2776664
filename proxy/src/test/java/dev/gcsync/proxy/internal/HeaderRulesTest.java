package dev.gcsync.proxy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.genesys.gateway.TokenName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderRulesTest {

    @ParameterizedTest(name = "{0}: request {1}, response {2}, written as {3}")
    @CsvSource({
        "retry-after,          true,  true,  Retry-After",
        "inin-correlation-id,  true,  true,  ININ-Correlation-Id",
        "ININ-RATELIMIT-COUNT, true,  true,  inin-ratelimit-count",
        "content-type,         true,  true,  Content-Type",
        "Authorization,        true,  true,  Authorization",
        "X-Custom,             true,  true,  X-Custom",
        "connection,           false, false, connection",
        "Transfer-Encoding,    false, false, Transfer-Encoding",
        "Upgrade,              false, false, Upgrade",
        "host,                 false, true,  host",
        "content-length,       false, true,  Content-Length",
        "x-gcsync-proxy-key,   false, true,  x-gcsync-proxy-key",
        ":status,              false, false, :status",
    })
    void decidesWhichHeadersCrossAndInWhatCase(String name, boolean request, boolean response, String written) {
        assertThat(HeaderRules.forwardsRequest(name)).isEqualTo(request);
        assertThat(HeaderRules.forwardsResponse(name)).isEqualTo(response);
        assertThat(HeaderRules.canonical(name)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} is lane {1}")
    @CsvSource({
        "'Bearer abc',  t-ba7816bf8f01",
        "'bearer abc',  t-ba7816bf8f01",
        "'Bearer  abc ', t-ba7816bf8f01",
        "'Basic abc',   anonymous",
        "'Bearer',      anonymous",
    })
    void namesALaneByTheTokensHashNeverTheToken(String authorization, String lane) {
        assertThat(TokenName.ofAuthorization(authorization)).isEqualTo(lane);
        assertThat(TokenName.ofAuthorization(null)).isEqualTo(TokenName.ANONYMOUS);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"//oauth/token, /oauth/token", "///api/v2/users, /api/v2/users", "/api/v2//x, /api/v2//x", "'', /"})
    void collapsesTheEmptyPrefixAGatewaySettingLeaves(String path, String expected) {
        assertThat(ProxyHandler.collapseLeadingSlashes(path)).isEqualTo(expected);
    }
}
