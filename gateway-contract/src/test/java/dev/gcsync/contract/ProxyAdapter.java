package dev.gcsync.contract;

import com.mypurecloud.sdk.v2.ApiClient;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.proxy.GcsyncProxy;
import dev.gcsync.proxy.ProxyConfig;
import dev.gcsync.proxy.TokenStats;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** {@code gcsync proxy} on an ephemeral loopback port; the SDK's base path points at it (real HTTP twice). */
final class ProxyAdapter implements Adapter {
    private final Backend backend;
    private final GcsyncProxy proxy;

    private ProxyAdapter(Backend backend, GcsyncProxy proxy) {
        this.backend = backend;
        this.proxy = proxy;
    }

    static ProxyAdapter start(EmulatorConfig.Builder config, Duration maxHold) {
        Backend backend = Backend.start(config);
        URI base = URI.create(backend.emulator().baseUrl());
        try {
            GcsyncProxy proxy = GcsyncProxy.start(
                    // the connector reads no documented limits (it is handed its governors' settings): the proxy's
                    // read, a few GETs on its own thread, would interleave with each scenario's faults
                    ProxyConfig.defaults(base, base)
                            .withListen("127.0.0.1", 0)
                            .withMaxHold(maxHold)
                            .withLimitsRead(false),
                    backend.clock(),
                    () -> 0.5);
            return new ProxyAdapter(backend, proxy);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    @Override
    public Kind kind() {
        return Kind.PROXY;
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public String newToken() {
        return Tokens.fetch(proxy.baseUrl());
    }

    @Override
    public ApiClient client(String token) {
        return ApiClient.Builder.standard()
                .withBasePath(proxy.baseUrl().toString())
                .withAccessToken(token)
                .build();
    }

    @Override
    public List<String> governedTokens() {
        return proxy.stats().stream().map(TokenStats::token).toList();
    }

    @Override
    public String who() {
        return "gcsync proxy";
    }

    @Override
    public String holdSetting() {
        return "--max-hold";
    }

    @Override
    public void close() {
        try {
            proxy.close();
        } finally {
            backend.close();
        }
    }
}
