package dev.gcsync.proxy;

import dev.gcsync.genesys.IninRateLimitParser;
import dev.gcsync.genesys.gateway.GatewayLimits;
import dev.gcsync.genesys.limits.OrgLimitDocs;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.proxy.internal.Forwarder;
import dev.gcsync.proxy.internal.MinuteLog;
import dev.gcsync.proxy.internal.ProxyHandler;
import dev.gcsync.proxy.internal.ProxyMetrics;
import dev.gcsync.proxy.internal.TokenLane;
import dev.gcsync.proxy.internal.TokenLanes;
import dev.gcsync.proxy.internal.Upstream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running {@code gcsync proxy}: a reverse proxy in front of one Genesys Cloud region that gives every
 * client pointed at it the governor gcsync's own sync uses, one governor per bearer token shared by all
 * processes that send it. Start with {@link #start}, stop with {@link #close()}. Thread-safe.
 *
 * <pre>{@code
 * ProxyConfig config = ProxyConfig.defaults(region.apiBase(), region.loginBase()).withListen("127.0.0.1", 8787);
 * try (GcsyncProxy proxy = GcsyncProxy.start(config, TimeSource.system(), Math::random)) {
 *     URI base = proxy.baseUrl();           // give this to the SDK as its base path
 * }
 * }</pre>
 */
public final class GcsyncProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GcsyncProxy.class);

    private final ProxyConfig config;
    private final Server server;
    private final ServerConnector connector;
    private final TokenLanes lanes;
    private final ProxyMetrics metrics;
    private final MinuteLog minuteLog;
    private final ScheduledExecutorService ticker;

    private final BudgetStore store;
    private final GatewayLimits limits;

    private GcsyncProxy(ProxyConfig config, TimeSource time, DoubleSupplier random, BudgetStore store) {
        this.config = config;
        this.store = store;
        // A held request parks its thread: room for every token's queue and slots, and more; beyond the
        // threads (less a few for /metrics and new connections), requests are answered 503 at once.
        int threads = Math.max(200, 2 * (config.queueCapacity() + config.concurrency()) + 16);
        OrgBudget budget = new OrgBudget(config.tokenGovernor(), store);
        this.lanes = new TokenLanes(
                config.tokenGovernor(),
                budget,
                config.concurrency(),
                config.queueCapacity(),
                threads - 16,
                time,
                random,
                new IninRateLimitParser());
        this.limits = config.readLimits() ? new GatewayLimits(budget) : GatewayLimits.unread(budget);
        this.metrics = new ProxyMetrics(this::stats, store::status);
        Upstream upstream = new Upstream(Upstream.clientFor(config.apiBase()), config.requestTimeout());
        Forwarder forwarder =
                new Forwarder(lanes, limits, upstream, config.apiBase(), time, config.maxHold(), metrics::observeHeld);
        QueuedThreadPool pool = new QueuedThreadPool(threads, 8);
        pool.setName("gcsync-proxy");
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false); // the server's Date passes through
        http.setUriCompliance(
                UriCompliance.DEFAULT.with("gateway-prefix", UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
        server.setHandler(new ProxyHandler(
                forwarder, upstream, config.loginBase(), config.key(), metrics, time, config.maxBodyBytes()));
        this.minuteLog = new MinuteLog(this::stats);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gcsync-proxy-minute");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts serving; throws {@link IllegalStateException} when the address cannot be bound. */
    public static GcsyncProxy start(ProxyConfig config, TimeSource time, DoubleSupplier random) {
        return start(config, time, random, BudgetStore.local());
    }

    /**
     * The same, with the org's shared buckets counted in {@code store}: with a shared one (Redis), every proxy
     * replica and gcsync process that names it spends the org's buckets together. The proxy closes it.
     */
    public static GcsyncProxy start(ProxyConfig config, TimeSource time, DoubleSupplier random, BudgetStore store) {
        GcsyncProxy proxy = new GcsyncProxy(config, time, random, store);
        try {
            proxy.server.start();
        } catch (Exception e) {
            proxy.close();
            throw new IllegalStateException(
                    "gcsync proxy could not listen on " + config.host() + ":" + config.port() + ": " + e.getMessage()
                            + " (another process on that port? pick another with --listen HOST:PORT)",
                    e);
        }
        proxy.ticker.scheduleAtFixedRate(proxy::everyMinute, 1, 1, TimeUnit.MINUTES);
        if (LoggerFactory.getLogger("org.eclipse.jetty.http.HttpParser").isDebugEnabled()) {
            LOG.warn("gcsync proxy: debug logging is on for org.eclipse.jetty: Jetty then logs raw request headers,"
                    + " bearer tokens included; set org.eclipse.jetty to INFO or above");
        }
        LOG.info(
                "gcsync proxy listening on {} for {} (login {})",
                proxy.baseUrl(),
                config.apiBase(),
                config.loginBase());
        return proxy;
    }

    /** The bound port (the ephemeral one when the config said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** E.g. {@code http://127.0.0.1:8787}: the base path to give every client. */
    public URI baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port());
    }

    public ProxyConfig config() {
        return config;
    }

    /** Every token's counters, now. */
    public List<TokenStats> stats() {
        return lanes.all().stream().map(TokenLane::stats).toList();
    }

    /** What {@code GET /metrics} answers, now. */
    public String metricsText() {
        return metrics.text();
    }

    /** The line logged once a minute: requests, 429s absorbed and surfaced, pace, per token hash. */
    public String summaryLine() {
        return minuteLog.line();
    }

    private void everyMinute() {
        try {
            LOG.info(minuteLog.line());
            lanes.evictIdle(metrics::forget);
        } catch (RuntimeException e) {
            LOG.warn("gcsync proxy: the minute summary failed: {}", e.toString());
        }
    }

    /**
     * The org's documented limits, read once with the first caller's token: completes when that read is over
     * ({@link OrgLimitDocs#NONE} when the token may not read them).
     */
    public CompletableFuture<OrgLimitDocs> documentedLimits() {
        return limits.done();
    }

    /** Where the org's shared buckets are counted, and how that store is doing. */
    public BudgetStore.StoreStatus budgetStore() {
        return store.status();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("gcsync proxy did not stop cleanly: " + e.getMessage(), e);
        } finally {
            store.close();
        }
    }
}
