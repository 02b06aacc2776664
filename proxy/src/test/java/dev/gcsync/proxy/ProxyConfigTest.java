package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProxyConfigTest {
    private static final URI API = URI.create("https://api.mypurecloud.ie");
    private static final URI LOGIN = URI.create("https://login.mypurecloud.ie");
    private final ProxyConfig defaults = ProxyConfig.defaults(API, LOGIN);

    @Test
    void listensOnLoopbackPort8787AndHoldsFiveMinutesByDefault() {
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8787);
        assertThat(defaults.maxHold()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.key()).isEmpty();
        assertThat(defaults.tokenGovernor().retryAfterCeiling()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.tokenGovernor().maxConcurrency()).isEqualTo(8);
    }

    @Test
    void bindingBeyondLoopbackNeedsAllowRemote() {
        assertThatThrownBy(() -> defaults.withListen("0.0.0.0", 8787))
                .hasMessageContaining("not a loopback address")
                .hasMessageContaining("--allow-remote");
    }

    @Test
    void allowRemoteNeedsAKeyAndTheKeyNeedsLength() {
        assertThatThrownBy(() -> new ProxyConfig(
                        "0.0.0.0",
                        8787,
                        API,
                        LOGIN,
                        Duration.ofMinutes(5),
                        256,
                        8,
                        Duration.ofSeconds(60),
                        1024,
                        true,
                        Optional.empty(),
                        defaults.governor(),
                        true))
                .hasMessageContaining("--allow-remote needs a shared key");
        assertThatThrownBy(() -> new ProxyKey("short")).hasMessageContaining("at least 16 characters");
        ProxyConfig remote =
                defaults.withKey(new ProxyKey("0123456789abcdef0123"), true).withListen("0.0.0.0", 8787);
        assertThat(remote.allowRemote()).isTrue();
        assertThat(remote.toString()).contains("ProxyKey[redacted]").doesNotContain("0123456789abcdef0123");
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> defaults.withMaxHold(Duration.ZERO)).hasMessageContaining("--max-hold");
        assertThatThrownBy(() -> defaults.withQueue(-1, 8)).hasMessageContaining("--queue");
        assertThatThrownBy(() -> defaults.withQueue(10, 0)).hasMessageContaining("--concurrency");
        assertThatThrownBy(() -> ProxyConfig.defaults(URI.create("ftp://x"), LOGIN))
                .hasMessageContaining("--api-url");
        assertThatThrownBy(() -> ProxyConfig.defaults(API, URI.create("https://login.x/path")))
                .hasMessageContaining("--login-url");
        assertThatThrownBy(() -> defaults.withListen("127.0.0.1", 70000)).hasMessageContaining("port");
    }

    @Test
    void theKeyMatchesOnlyItself() {
        ProxyKey key = new ProxyKey("0123456789abcdef0123");
        assertThat(key.matches("0123456789abcdef0123")).isTrue();
        assertThat(key.matches("0123456789abcdef0124")).isFalse();
        assertThat(key.matches(null)).isFalse();
    }
}
