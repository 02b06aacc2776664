package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "us_east_1,       https://api.mypurecloud.com,     https://login.mypurecloud.com",
        "eu-west-1,       https://api.mypurecloud.ie,      https://login.mypurecloud.ie",
        "mypurecloud.de,  https://api.mypurecloud.de,      https://login.mypurecloud.de",
        "ap_southeast_2,  https://api.mypurecloud.com.au,  https://login.mypurecloud.com.au",
        "us_east_2,       https://api.use2.us-gov-pure.cloud, https://login.use2.us-gov-pure.cloud",
        "EUC2.PURE.CLOUD, https://api.euc2.pure.cloud,     https://login.euc2.pure.cloud",
    })
    void mapsNamesAndDomainsToHosts(String name, String api, String login) {
        Region r = Region.of(name);
        assertThat(r.apiBase()).hasToString(api);
        assertThat(r.loginBase()).hasToString(login);
    }

    @Test
    void namesTheKnownRegionsWhenOneIsUnknown() {
        assertThatThrownBy(() -> Region.of("mars_north_1"))
                .hasMessageContaining("unknown region 'mars_north_1'")
                .hasMessageContaining("eu_west_1")
                .hasMessageContaining("--api-url");
    }
}
