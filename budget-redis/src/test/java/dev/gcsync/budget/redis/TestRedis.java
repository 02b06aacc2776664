package dev.gcsync.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} for tests, on a free port of loopback: the binary shipped by embedded-redis (test
 * scope), so {@code mvn -B verify} needs nothing installed. Can be stopped and started again on the same port
 * (a restart loses every key: no persistence).
 */
public final class TestRedis implements AutoCloseable {
    private final int port;
    private final Optional<String> password;
    private RedisServer server;

    private TestRedis(int port, Optional<String> password) {
        this.port = port;
        this.password = password;
    }

    public static TestRedis start() {
        return start(Optional.empty());
    }

    public static TestRedis withPassword(String password) {
        return start(Optional.of(password));
    }

    private static TestRedis start(Optional<String> password) {
        TestRedis r = new TestRedis(freePort(), password);
        r.startServer();
        return r;
    }

    /** {@code redis://[:password@]127.0.0.1:port/0}. */
    public String url() {
        return "redis://" + password.map(p -> ":" + p + "@").orElse("") + "127.0.0.1:" + port + "/0";
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it again on the same port, empty. */
    public void startServer() {
        try {
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .settingIf(password.isPresent(), "requirepass " + password.orElse(""))
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key of every database with its value(s) as text: what a look at the server would show. */
    public List<String> everything() {
        RedisURI.Builder b = RedisURI.builder().withHost("127.0.0.1").withPort(port);
        password.ifPresent(p -> b.withPassword(p.toCharArray()));
        RedisClient client = RedisClient.create(b.build());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            RedisCommands<String, String> r = c.sync();
            List<String> out = new ArrayList<>();
            for (int db = 0; db < 16; db++) {
                r.select(db);
                ScanIterator<String> keys = ScanIterator.scan(r, ScanArgs.Builder.limit(200));
                while (keys.hasNext()) {
                    String k = keys.next();
                    out.add(k + " = "
                            + switch (r.type(k)) {
                                case "string" -> r.get(k);
                                case "hash" -> r.hgetall(k).toString();
                                case "zset" -> r.zrange(k, 0, -1).toString();
                                default -> r.type(k);
                            });
                }
            }
            return out;
        } finally {
            client.shutdown();
        }
    }

    /**
     * Fails unless every key and value is numbers and hashes only: none of {@code secrets} (tokens, the client's
     * secret and id), no host address, no bearer header; keys in the store's namespace, a token only as its
     * hash ({@code t-} and 12 hex digits), process names as role and hash (an accepted request's: and a number).
     */
    public void assertHoldsNoSecret(String... secrets) {
        List<String> all = everything();
        assertThat(all).as("keys in Redis").isNotEmpty();
        for (String kv : all) {
            for (String secret : secrets) {
                assertThat(kv).doesNotContain(secret);
            }
            assertThat(kv)
                    .doesNotContain("127.0.0.1")
                    .doesNotContainIgnoringCase("bearer")
                    .matches("gcsync:\\{[0-9a-f]{12}\\}:(slot|pause|learned|procs|pace|acc)[^ ]* = .*");
            String key = kv.substring(0, kv.indexOf(" = "));
            if (key.contains(":token:")) {
                assertThat(key)
                        .as("a token's keys name its hash only")
                        .matches(".*:token:t-[0-9a-f]{12}:[A-Za-z0-9:._-]+");
            }
            String value = kv.substring(kv.indexOf(" = ") + 3);
            if (value.startsWith("[") && value.endsWith("]")) { // a sorted set's members, one by one (a regex
                // over thousands of them would recurse past the stack)
                for (String member : value.substring(1, value.length() - 1).split(", ")) {
                    assertThat(member).matches("(apply|proxy|sdk|doctor)-[0-9a-f]{8}(-[0-9]+)?");
                }
            } else {
                assertThat(value).matches("[0-9]+|\\{.*\\}");
            }
        }
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
        stop();
    }
}
