package dev.gcsync.contract;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.apache.ApacheHttpClientConnectorProvider;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.sdk.GovernedConnectorProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code gcsync-sdk}: the governed connector inside the official SDK, whose base path is the emulator's. Its
 * clients get their tokens by a plain POST, as the SDK can on loopback (its own login derives a host that
 * loopback lacks); the connector would pass {@code /oauth/token} straight to the transport anyway.
 */
final class ConnectorAdapter implements Adapter {
    private final Backend backend;
    private final GovernedConnectorProvider provider;

    private ConnectorAdapter(Backend backend, GovernedConnectorProvider provider) {
        this.backend = backend;
        this.provider = provider;
    }

    static ConnectorAdapter start(EmulatorConfig.Builder config, Duration maxHold) {
        Backend backend = Backend.start(config);
        GovernedConnectorProvider provider = new GovernedConnectorProvider(
                GovernorConfig.defaults(),
                maxHold,
                backend.clock(),
                () -> 0.5,
                GovernorListener.none(),
                new ApacheHttpClientConnectorProvider());
        return new ConnectorAdapter(backend, provider);
    }

    @Override
    public Kind kind() {
        return Kind.CONNECTOR;
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public String newToken() {
        return Tokens.fetch(URI.create(backend.emulator().baseUrl()));
    }

    @Override
    public ApiClient client(String token) {
        return ApiClient.Builder.standard()
                .withBasePath(backend.emulator().baseUrl())
                .withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, provider)
                .withAccessToken(token)
                .build();
    }

    @Override
    public List<String> governedTokens() {
        return provider.tokens();
    }

    @Override
    public String who() {
        return "gcsync";
    }

    @Override
    public String holdSetting() {
        return "maxHold";
    }

    @Override
    public void close() {
        backend.close();
    }
}
