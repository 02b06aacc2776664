package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientSetupTest {

    @Test
    void tellsEachClientHowToPointAtTheProxy() {
        String all = String.join("\n", ClientSetup.lines(URI.create("http://127.0.0.1:8787"), false));
        assertThat(all)
                .contains("withBasePath(\"http://127.0.0.1:8787\")")
                .contains("setGateway({host: \"127.0.0.1\", protocol: \"http\", port: \"8787\"")
                .contains("configuration.host = \"http://127.0.0.1:8787\"")
                .contains("gateway_host = \"127.0.0.1\", gateway_port = \"8787\"")
                .doesNotContain(ProxyKey.HEADER);
    }

    @Test
    void mentionsTheKeyHeaderWhenOneIsRequired() {
        List<String> lines = ClientSetup.lines(URI.create("http://10.0.0.5:8787"), true);
        assertThat(String.join("\n", lines))
                .contains(".withDefaultHeader(\"X-Gcsync-Proxy-Key\", key)")
                .contains("set_default_header(\"X-Gcsync-Proxy-Key\", key)");
    }
}
