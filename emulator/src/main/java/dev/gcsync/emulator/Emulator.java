package dev.gcsync.emulator;

import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.emulator.admin.Counters;
import dev.gcsync.emulator.auth.Tokens;
import dev.gcsync.emulator.background.TrafficGate;
import dev.gcsync.emulator.faults.FaultInjector;
import dev.gcsync.emulator.http.CorrelationIds;
import dev.gcsync.emulator.http.EmulatorHandler;
import dev.gcsync.emulator.http.Json;
import dev.gcsync.emulator.http.RouteTable;
import dev.gcsync.emulator.limits.RateLimiter;
import dev.gcsync.emulator.routes.ApiRoutes;
import dev.gcsync.emulator.store.Store;
import java.security.SecureRandom;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running Genesys Cloud API emulator. Start one with {@link #start(EmulatorConfig)}, read {@link #baseUrl()},
 * drive it over HTTP, inspect or change it through {@link #admin()}, and {@link #close()} it.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.start(EmulatorConfig.builder().users(100).build())) {
 *     String base = emulator.baseUrl();   // http://127.0.0.1:<ephemeral port>
 *     long throttled = emulator.admin().counters().throttled();
 * }
 * }</pre>
 */
public final class Emulator implements AutoCloseable {
    private final EmulatorConfig config;
    private final SeedStyle style;
    private final Server server;
    private final ServerConnector connector;
    private final Admin admin;

    private Emulator(EmulatorConfig config, SeedStyle style) {
        this.config = config;
        this.style = style;
        Json json = new Json();
        Store store = new Store(style.generate(config.seed(), config.users()), config.clock());
        Counters counters = new Counters();
        RateLimiter limiter = new RateLimiter(config.policy());
        FaultInjector faults = new FaultInjector(config.faults(), config.seed());
        faults.setQuirks(config.quirks());
        Tokens tokens = new Tokens(new SecureRandom());
        TrafficGate gate =
                new TrafficGate(limiter, config.background(), config.clock().currentMillis());
        this.admin = new Admin(store, counters, limiter, faults, tokens, config.seed(), gate, config.clock());
        RouteTable routes = ApiRoutes.table(store, counters, faults, limiter, tokens, admin, json, config.allClients());
        QueuedThreadPool pool = new QueuedThreadPool(config.maxThreads(), 8);
        pool.setName("emulator");
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
        server.setHandler(new EmulatorHandler(
                routes,
                tokens,
                limiter,
                gate,
                faults,
                counters,
                config.clock(),
                json,
                config.adminKey(),
                new CorrelationIds(config.seed())));
    }

    /** Seeds the org and starts serving; throws IllegalStateException when the port cannot be bound. */
    public static Emulator start(EmulatorConfig config) {
        return start(config, SeedStyle.TIDY);
    }

    /** As {@link #start(EmulatorConfig)}, seeding an org of the given style (a messy one: {@link SeedStyle#MESSY}). */
    public static Emulator start(EmulatorConfig config, SeedStyle style) {
        Emulator emulator = new Emulator(config, style);
        try {
            emulator.server.start();
        } catch (Exception e) {
            emulator.close();
            throw new IllegalStateException(
                    "emulator could not start on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        return emulator;
    }

    /** The bound port (the ephemeral one when the config said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** E.g. {@code http://127.0.0.1:8080}: the API base path and the login host. */
    public String baseUrl() {
        return "http://" + config.host() + ":" + port();
    }

    public EmulatorConfig config() {
        return config;
    }

    /** The kind of org it seeded. */
    public SeedStyle seedStyle() {
        return style;
    }

    /** Counters, policy, faults and state, in-process. */
    public Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("emulator did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
