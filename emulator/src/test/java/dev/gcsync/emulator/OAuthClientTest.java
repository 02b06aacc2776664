package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OAuthClientTest {

    @Test
    void aFullAdminHoldsEveryPermissionInEveryDivision() {
        OAuthClient admin = OAuthClient.fullAdmin("a", "s");
        assertThat(admin.has("routing:skill:assign")).isTrue();
        assertThat(admin.covers("d-1", "APAC")).isTrue();
        assertThat(admin.allDivisions()).isTrue();
    }

    @Test
    void anEntityWildcardGrantsEveryActionOnThatEntityOnly() {
        OAuthClient c = new OAuthClient("c", "s", null, Set.of("routing:skill:*"), Set.of("Home"));
        assertThat(c.has("routing:skill:assign")).isTrue();
        assertThat(c.has("routing:skill:view")).isTrue();
        assertThat(c.has("routing:language:assign")).isFalse();
    }

    @Test
    void divisionsMatchByIdOrByName() {
        OAuthClient c = OAuthClient.restricted("r", "s");
        assertThat(c.covers("any-id", "EMEA")).isTrue();
        assertThat(c.covers("any-id", "APAC")).isFalse();
        assertThat(new OAuthClient("c", "s", null, Set.of(), Set.of("d-7")).covers("d-7", "X"))
                .isTrue();
        assertThat(c.has("routing:skill:assign")).isFalse();
    }

    @Test
    void aNarrowedPermissionAppliesInFewerDivisionsThanTheOthers() {
        OAuthClient c = OAuthClient.fullAdmin("a", "s").narrowing("routing:skill:assign", Set.of("Home"));
        assertThat(c.covers("routing:skill:assign", "d-2", "EMEA")).isFalse();
        assertThat(c.covers("routing:skill:assign", "d-1", "Home")).isTrue();
        assertThat(c.covers("routing:language:assign", "d-2", "EMEA")).isTrue();
        assertThat(c.allDivisions("routing:skill:assign")).isFalse();
    }

    @Test
    void theSecretNeverShowsInToString() {
        assertThat(OAuthClient.restricted("r", "very-secret").toString()).doesNotContain("very-secret");
    }

    @Test
    void twoClientsWithOneIdAreRefused() {
        assertThatThrownBy(() -> EmulatorConfig.builder()
                        .client(OAuthClient.fullAdmin(EmulatorConfig.DEFAULT_CLIENT_ID, "x"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given twice");
    }
}
