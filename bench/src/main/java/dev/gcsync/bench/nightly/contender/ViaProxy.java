package dev.gcsync.bench.nightly.contender;

import dev.gcsync.proxy.GcsyncProxy;
import dev.gcsync.proxy.ProxyConfig;
import dev.gcsync.proxy.TokenStats;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

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

    public ViaProxy(Contender client) {
        this.client = client;
    }

    @Override
    public String name() {
        return client.name() + "-via-proxy";
    }

    @Override
    public Outcome run(Arena arena) throws Exception {
        URI server = URI.create(arena.baseUrl());
        ProxyConfig config = ProxyConfig.defaults(server, server)
                .withListen("127.0.0.1", 0)
                .withMaxHold(arena.scenario().scaled(MAX_HOLD));
        try (GcsyncProxy proxy = GcsyncProxy.start(
                config, arena.time(), () -> ThreadLocalRandom.current().nextDouble())) {
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
            long surfaced =
                    proxy.stats().stream().mapToLong(TokenStats::surfaced).sum();
            long rejected =
                    proxy.stats().stream().mapToLong(TokenStats::rejected).sum();
            long absorbed =
                    proxy.stats().stream().mapToLong(TokenStats::absorbed).sum();
            return new Outcome(
                    o.wallSeconds(),
                    o.peakRssMiB(),
                    o.note() + "; client saw " + surfaced + " × 429, " + rejected + " × 503; proxy absorbed " + absorbed
                            + " × 429");
        }
    }
}
