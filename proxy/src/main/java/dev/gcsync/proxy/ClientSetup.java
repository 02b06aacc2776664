package dev.gcsync.proxy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** How to point each Genesys client at a running proxy: the lines {@code gcsync proxy} prints on start-up. */
public final class ClientSetup {
    private ClientSetup() {}

    /** One line per client for the proxy at {@code base}; mentions the key header when one is required. */
    public static List<String> lines(URI base, boolean keyRequired) {
        String url = base.toString();
        String host = base.getHost();
        int port = base.getPort();
        List<String> lines = new ArrayList<>();
        lines.add("Java SDK     ApiClient.Builder.standard().withBasePath(\"" + url + "\")"
                + (keyRequired ? ".withDefaultHeader(\"" + ProxyKey.HEADER + "\", key)" : "")
                + "  (token: POST " + url + "/oauth/token, then .withAccessToken(token); see docs/proxy.md)");
        lines.add("JavaScript   client.setGateway({host: \"" + host + "\", protocol: \"http\", port: \"" + port
                + "\", path_params_login: \"\", path_params_api: \"\"})");
        lines.add("Python       PureCloudPlatformClientV2.configuration.host = \"" + url + "\""
                + (keyRequired ? "; api_client.set_default_header(\"" + ProxyKey.HEADER + "\", key)" : ""));
        lines.add("gc CLI       in the ~/.gc/config.toml profile: gateway_protocol = \"http\", gateway_host = \"" + host
                + "\", gateway_port = \"" + port + "\"");
        lines.add("any client   API calls to " + url + "/api/v2/..., tokens from " + url + "/oauth/token; metrics at "
                + url + "/metrics");
        return lines;
    }
}
