package dev.gcsync.proxy.internal;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.proxy.TokenStats;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.eclipse.jetty.server.Response;

/**
 * {@code GET /metrics} in the Prometheus text format, through the Prometheus Java client with a registry of
 * its own (no global state). Counters and gauges are read from the lanes at scrape time; the held-time
 * histogram is observed per answer. Every series is labelled {@code token="t-…"} (a hash, never the token).
 * Thread-safe (the client's metrics are).
 */
public final class ProxyMetrics implements ProxyHandler.MetricsPage {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Histogram held;
    private final Supplier<List<TokenStats>> stats;

    public ProxyMetrics(Supplier<List<TokenStats>> stats) {
        this(stats, () -> BudgetStore.local().status());
    }

    /** {@code store} says where the org's shared buckets are counted and whether the store was away. */
    public ProxyMetrics(Supplier<List<TokenStats>> stats, Supplier<BudgetStore.StoreStatus> store) {
        this.stats = stats;
        GaugeWithCallback.builder()
                .name("gcsync_budget_store_connected")
                .help("1 while the budget store answers (always 1 for the local store), by kind")
                .labelNames("kind")
                .callback(cb -> {
                    BudgetStore.StoreStatus s = store.get();
                    cb.call(s.connected() ? 1 : 0, s.kind());
                })
                .register(registry);
        CounterWithCallback.builder()
                .name("gcsync_budget_store_local_pacing")
                .help("Times the shared buckets were paced in this process alone, at a cautious share, because the"
                        + " budget store was away")
                .callback(cb -> cb.call(store.get().localPacings()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("gcsync_budget_store_processes")
                .help("Processes seen sharing the budget store in the last minute (this one included)")
                .callback(cb -> cb.call(store.get().processes().size()))
                .register(registry);
        CounterWithCallback.builder()
                .name("gcsync_proxy_requests_total")
                .help("Client requests answered, by status")
                .labelNames("token", "status")
                .callback(cb -> stats.get().forEach(s -> s.answered()
                        .forEach((status, n) -> cb.call(n, s.token(), Integer.toString(status)))))
                .register(registry);
        counter("gcsync_proxy_upstream_requests_total", "Attempts sent to the server", s -> s.upstreamRequests());
        counter("gcsync_proxy_server_429_total", "429 answers the server sent", s -> s.throttledByServer());
        counter(
                "gcsync_proxy_429_absorbed_total",
                "Server 429s the proxy waited out and sent again (the client" + " never saw them)",
                s -> s.absorbed());
        counter(
                "gcsync_proxy_429_surfaced_total",
                "429s answered to clients (the hold would pass --max-hold)",
                s -> s.surfaced());
        counter("gcsync_proxy_queue_rejected_total", "503s because the token's queue was full", s -> s.rejected());
        gauge(
                "gcsync_proxy_pace_requests_per_second",
                "The governor's current pace for the token",
                TokenStats::pacedRate);
        gauge(
                "gcsync_proxy_allowed_requests_per_second",
                "The token's limit learned from inin-ratelimit-*",
                TokenStats::allowedRate);
        gauge("gcsync_proxy_waiting_requests", "Requests waiting for a slot", s -> s.waiting());
        gauge("gcsync_proxy_in_flight_requests", "Requests paced, paused or on the wire", s -> s.inFlight());
        this.held = Histogram.builder()
                .name("gcsync_proxy_held_seconds")
                .help("Time one request was held by the proxy before its answer (queue, pacing, 429 pauses)")
                .labelNames("token")
                .classicOnly()
                .classicUpperBounds(0.001, 0.005, 0.025, 0.1, 0.5, 1, 2.5, 10, 30, 60, 300)
                .register(registry);
    }

    private void counter(String name, String help, ToDoubleFunction<TokenStats> value) {
        CounterWithCallback.builder()
                .name(name)
                .help(help)
                .labelNames("token")
                .callback(cb -> stats.get().forEach(s -> cb.call(value.applyAsDouble(s), s.token())))
                .register(registry);
    }

    private void gauge(String name, String help, ToDoubleFunction<TokenStats> value) {
        GaugeWithCallback.builder()
                .name(name)
                .help(help)
                .labelNames("token")
                .callback(cb -> stats.get().forEach(s -> cb.call(value.applyAsDouble(s), s.token())))
                .register(registry);
    }

    /** Records how long one request of {@code lane} was held. */
    public void observeHeld(String lane, double seconds) {
        held.labelValues(lane).observe(seconds);
    }

    /** Drops a forgotten lane's histogram series. */
    public void forget(String lane) {
        held.remove(lane);
    }

    /** The page as text. */
    public String text() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
        } catch (IOException e) {
            throw new IllegalStateException("writing metrics to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void write(Response response) throws IOException {
        ProxyHandler.writeText(
                response, PrometheusTextFormatWriter.CONTENT_TYPE, text().getBytes(StandardCharsets.UTF_8));
    }
}
