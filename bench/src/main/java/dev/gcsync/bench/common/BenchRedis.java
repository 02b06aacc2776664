package dev.gcsync.bench.common;

import dev.gcsync.budget.redis.StoreUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * The Redis a benchmark's processes share their budget through: the one {@value #URL_ENV} names, else a real
 * {@code redis-server} started here on a free port of loopback (the binary embedded-redis ships: nothing to
 * install), without persistence, stopped by {@link #close()}.
 */
public final class BenchRedis implements AutoCloseable {
    /** An existing Redis to use instead, e.g. {@code redis://127.0.0.1:6379/0}. */
    public static final String URL_ENV = "BENCH_REDIS_URL";

    private final String url;
    private final RedisServer server;

    private BenchRedis(String url, RedisServer server) {
        this.url = url;
        this.server = server;
    }

    public static BenchRedis start(Map<String, String> env) {
        String given = env.get(URL_ENV);
        if (given != null && !given.isBlank()) {
            return new BenchRedis(given.trim(), null);
        }
        int port = freePort();
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return new BenchRedis("redis://127.0.0.1:" + port + "/0", server);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "could not start the embedded redis-server on 127.0.0.1:" + port + " (" + e.getMessage() + "); set "
                            + URL_ENV + "=redis://host:6379/0 to use another Redis",
                    e);
        }
    }

    /** What every process is given as {@code --budget-store}. */
    public String url() {
        return url;
    }

    /** For the log: the embedded server, or the given URL without a password. */
    public String describe() {
        return server != null ? "redis-server (embedded-redis) on " + url : StoreUrl.redact(url) + " (" + URL_ENV + ")";
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
