package dev.gcsync.proxy;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.UsersApi;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.governor.TimeSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An emulator on an ephemeral port, a proxy in front of it, and a token obtained through the proxy. */
final class ProxyFixture implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final Emulator emulator;
    final GcsyncProxy proxy;
    final String token;

    private ProxyFixture(Emulator emulator, GcsyncProxy proxy, String token) {
        this.emulator = emulator;
        this.proxy = proxy;
        this.token = token;
    }

    static ProxyFixture start(EmulatorConfig.Builder emulatorConfig, UnaryOperator<ProxyConfig> proxyConfig) {
        Emulator emulator = Emulator.start(emulatorConfig.build());
        URI base = URI.create(emulator.baseUrl());
        ProxyConfig config = proxyConfig.apply(ProxyConfig.defaults(base, base).withListen("127.0.0.1", 0));
        GcsyncProxy proxy = GcsyncProxy.start(config, TimeSource.system(), () -> 0.5);
        try {
            String token = fetchToken(proxy.baseUrl(), config.key().isPresent() ? KEY : null);
            return new ProxyFixture(emulator, proxy, token);
        } catch (IOException | InterruptedException | RuntimeException e) {
            proxy.close();
            emulator.close();
            throw new IllegalStateException("fixture did not start", e);
        }
    }

    /** The key the secrecy test configures. */
    static final String KEY = "proxy-key-7f3a9c1e5b2d8046";

    static String fetchToken(URI proxyBase, String key) throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString((EmulatorConfig.DEFAULT_CLIENT_ID + ":" + EmulatorConfig.DEFAULT_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(proxyBase.resolve("/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
        if (key != null) {
            b.header(ProxyKey.HEADER, key);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token through the proxy: status " + r.statusCode());
        }
        return m.group(1);
    }

    /** The official SDK pointed at the proxy, without its own retries (so a 429 it got would throw). */
    ApiClient sdk() {
        ApiClient.Builder b = ApiClient.Builder.standard()
                .withBasePath(proxy.baseUrl().toString())
                .withAccessToken(token);
        proxy.config().key().ifPresent(k -> b.withDefaultHeader(ProxyKey.HEADER, KEY));
        return b.build();
    }

    UsersApi users() {
        return new UsersApi(sdk());
    }

    /** The one token lane's counters. */
    TokenStats stats() {
        List<TokenStats> all = proxy.stats();
        if (all.size() != 1) {
            throw new AssertionError("expected one token lane, found " + all.size());
        }
        return all.get(0);
    }

    /**
     * Waits until {@code condition} holds (a state the proxy reaches by itself, e.g. a request parked in a
     * pause), checking every few milliseconds; fails after 20 s. Not a timing assertion: it synchronises on
     * an observable state instead of guessing a delay.
     */
    static void until(String what, BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.onSpinWait();
            LockSupport.parkNanos(2_000_000);
        }
    }

    @Override
    public void close() {
        try {
            proxy.close();
        } finally {
            emulator.close();
        }
    }
}
