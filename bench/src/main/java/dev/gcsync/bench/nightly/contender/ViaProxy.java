package dev.gcsync.bench.nightly.contender;

import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.proxy.GcsyncProxy;
import dev.gcsync.proxy.ProxyConfig;
import dev.gcsync.proxy.TokenStats;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Another contender, unchanged, pointed at a {@code gcsync proxy} (in this JVM, on loopback) instead of the
 * server: the issue-9 rows. The proxy's 5 min hold is compressed by the time scale like every real-time
 * quantity. The note says what the client saw (429s the proxy surfaced, 503s of a full queue) beside what
 * the server sent and the proxy absorbed.
 */
public final class ViaProxy implements Contender {
    /** 5 min: the proxy's default --max-hold, in real time. */
    static final Duration MAX_HOLD = Duration.ofMinutes(5);

    private final Contender client;
    private final Function<URI, BudgetStore> store;

    /** A proxy whose org budget is its own (the in-process store). */
    public ViaProxy(Contender client) {
        this(client, api -> BudgetStore.local());
    }

    /**
     * A proxy that counts the org's shared buckets in the store {@code store} opens for the API's base URL (the
     * proxy closes it): e.g. the Redis every gcsync process of the org names.
     */
    public ViaProxy(Contender client, Function<URI, BudgetStore> store) {
        this.client = client;
        this.store = store;
    }

    @Override
    public String name() {
        return client.name() + "-via-proxy";
    }

    @Override
    public Outcome run(Arena arena) throws Exception {
        try (GcsyncProxy proxy = start(arena.scenario(), arena.baseUrl(), arena.time())) {
            return runThrough(proxy, arena);
        }
    }

    /**
     * This contender's proxy, started ahead of the client (as a sidecar runs before the job): on loopback, in
     * front of {@code baseUrl}, the hold compressed by the scenario's time scale, its org budget in this
     * contender's store.
     */
    public GcsyncProxy start(Scenario scenario, String baseUrl, TimeSource time) {
        URI server = URI.create(baseUrl);
        ProxyConfig config =
                ProxyConfig.defaults(server, server).withListen("127.0.0.1", 0).withMaxHold(scenario.scaled(MAX_HOLD));
        return GcsyncProxy.start(config, time, () -> ThreadLocalRandom.current().nextDouble(), store.apply(server));
    }

    /** The client run through {@code proxy}; the note adds what the client saw and what the proxy absorbed. */
    public Outcome runThrough(GcsyncProxy proxy, Arena arena) throws Exception {
        Arena through = new Arena(
                arena.scenario(),
                arena.desired(),
                arena.desiredFile(),
                proxy.baseUrl().toString(),
                arena.admin(),
                arena.workDir(),
                arena.time(),
                arena.random(),
                arena.deadlineNanos());
        Outcome o = client.run(through);
        long surfaced = proxy.stats().stream().mapToLong(TokenStats::surfaced).sum();
        long rejected = proxy.stats().stream().mapToLong(TokenStats::rejected).sum();
        long absorbed = proxy.stats().stream().mapToLong(TokenStats::absorbed).sum();
        return new Outcome(
                o.wallSeconds(),
                o.peakRssMiB(),
                o.note() + "; client saw " + surfaced + " × 429, " + rejected + " × 503; proxy absorbed " + absorbed
                        + " × 429");
    }
}
