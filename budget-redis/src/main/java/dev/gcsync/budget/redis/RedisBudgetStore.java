package dev.gcsync.budget.redis;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.TimeSource;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared buckets of one org counted in Redis, for every process (on any host) that names the same Redis
 * database. Keys are {@code gcsync:{org}:slot|pause:<scope>}, {@code …:learned:<family>} and {@code …:procs},
 * where {@code org} is a hash; values are numbers, hashes of process names and limits, never a token, a
 * secret or a host name. Keys expire when unused.
 *
 * <p>Faults: {@link #connect} fails with a sentence naming the URL (never its password) and what to do. A store
 * lost mid-run answers {@link Reservation.Local} (one warning): the process paces alone at a cautious share
 * ({@code 1 / max(2, processes seen)} of the shared pace) and tries Redis again once a second; Lettuce
 * reconnects underneath, the scripts are loaded again after a restart, and sharing resumes (one line).
 *
 * <p>Thread-safe: Lettuce's connection is; the rest is atomics and a concurrent map.
 */
public final class RedisBudgetStore implements BudgetStore {
    private static final Logger LOG = LoggerFactory.getLogger(RedisBudgetStore.class);
    /**
     * A command slower than this counts as the store being away. Generous: a loaded host's Redis answers in
     * tens of milliseconds at worst, and a false "away" costs a cautious stretch of local pacing.
     */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /** Connecting (TCP, TLS, AUTH, SELECT) from a cold JVM takes longer than a command. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    static final long RETRY_NANOS = 1_000_000_000L;
    static final long SEEN_EVERY_NANOS = 5_000_000_000L;
    static final long RECENT_MILLIS = 60_000;
    static final long SLOT_TTL_MILLIS = 600_000;
    static final Duration LEARNED_TTL = Duration.ofDays(7);
    /** Accepted requests are counted over two of Genesys' 60 s windows and some. */
    static final Duration ACCEPTED_KEPT = Duration.ofSeconds(150);

    private final StoreUrl url;
    private final RedisClient client;
    private final ClientResources resources;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final TimeSource time;
    private final String prefix;
    private final String process;
    private final Map<String, String> shas = new ConcurrentHashMap<>();
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicLong nextTry = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong nextSeen = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong latencyNanos = new AtomicLong(-1);
    private final AtomicLong localPacings = new AtomicLong();
    private final AtomicLong acceptedSeq = new AtomicLong();
    private volatile List<String> seen = List.of();

    private RedisBudgetStore(
            StoreUrl url,
            RedisClient client,
            ClientResources resources,
            StatefulRedisConnection<String, String> connection,
            TimeSource time,
            String org,
            String process) {
        this.url = url;
        this.client = client;
        this.resources = resources;
        this.connection = connection;
        this.redis = connection.sync();
        this.time = time;
        this.prefix = "gcsync:{" + Hashes.of(org) + "}:";
        this.process = process;
    }

    /**
     * Connects, or fails with an {@link BudgetStoreUnavailable} that says where and what to do.
     *
     * @param org  what names the org (e.g. the API base URL); only its hash reaches Redis
     * @param role what this process is ({@code apply}, {@code proxy}, {@code sdk}, {@code doctor}): shown with
     *             the processes seen
     */
    public static RedisBudgetStore connect(StoreUrl url, String org, String role, TimeSource time) {
        RedisURI.Builder b = RedisURI.builder()
                .withHost(url.host())
                .withPort(url.port())
                .withDatabase(url.database())
                .withSsl(url.tls())
                .withTimeout(CONNECT_TIMEOUT);
        if (url.password().isPresent()) {
            if (url.user().isPresent()) {
                b.withAuthentication(url.user().get(), url.password().get());
            } else {
                b.withPassword(url.password().get());
            }
        }
        // Reconnect within a second of Redis coming back (Lettuce's default backs off to 30 s).
        ClientResources resources = DefaultClientResources.builder()
                .reconnectDelay(
                        Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources, b.build());
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .sslOptions(SslOptions.create())
                .build());
        try {
            StatefulRedisConnection<String, String> c = client.connect();
            RedisBudgetStore store =
                    new RedisBudgetStore(url, client, resources, c, time, org, role + "-" + processHash());
            store.redis.ping();
            store.refreshSeen(time.nanoTime());
            return store;
        } catch (RedisException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            resources.shutdown(0, 1, TimeUnit.SECONDS);
            throw BudgetStoreUnavailable.of(url, e);
        }
    }

    @Override
    public Reservation reserve(String scope, long intervalNanos) {
        long now = time.nanoTime();
        if (!up.get() && now < nextTry.get()) {
            return local();
        }
        try {
            long started = time.nanoTime();
            List<Object> r = run(
                    Scripts.RESERVE,
                    List.of(key("slot:", scope), key("pause:", scope), prefix + "pace"),
                    Long.toString(Math.max(1, intervalNanos / 1000)),
                    Long.toString(SLOT_TTL_MILLIS),
                    clean(scope));
            latencyNanos.set(time.nanoTime() - started);
            back();
            if (now >= nextSeen.get()) {
                refreshSeen(now);
            }
            boolean granted = (Long) r.get(0) == 1;
            return new Reservation.Shared(
                    granted ? 0 : Math.max(1, (Long) r.get(1)) * 1000, (Long) r.get(2), (Long) r.get(3) == 1);
        } catch (RedisException e) {
            return away(e, now);
        }
    }

    @Override
    public long pause(String scope, Duration pause) {
        if (!up.get()) {
            return 0;
        }
        try {
            return (Long) run(
                            Scripts.PAUSE,
                            List.of(key("pause:", scope)),
                            Long.toString(Math.max(1, pause.toNanos() / 1000)))
                    .get(0);
        } catch (RedisException e) {
            away(e, time.nanoTime());
            return 0;
        }
    }

    @Override
    public void accepted(String family) {
        if (!up.get()) {
            return;
        }
        String sha;
        try {
            sha = shas.computeIfAbsent(Scripts.ACCEPTED, redis::scriptLoad); // loaded once, and after a restart
        } catch (RedisException e) {
            away(e, time.nanoTime());
            return;
        }
        // not waited for: an answer's path must not wait on the store; a lost count only lowers an estimate
        connection
                .async()
                .evalsha(
                        sha,
                        ScriptOutputType.MULTI,
                        new String[] {key("acc:", family)},
                        process + "-" + acceptedSeq.incrementAndGet(),
                        Long.toString(ACCEPTED_KEPT.toNanos() / 1000),
                        Long.toString(ACCEPTED_KEPT.toMillis()))
                .exceptionally(e -> {
                    if (e instanceof RedisNoScriptException || e.getCause() instanceof RedisNoScriptException) {
                        shas.remove(Scripts.ACCEPTED); // Redis restarted: loaded again by the next count
                    }
                    return null;
                });
    }

    @Override
    public OptionalInt acceptedWithin(String family, Duration back) {
        if (!up.get()) {
            return OptionalInt.empty();
        }
        try {
            long n = (Long) run(
                            Scripts.ACCEPTED_WITHIN,
                            List.of(key("acc:", family)),
                            Long.toString(Math.max(0, back.toNanos() / 1000)))
                    .get(0);
            return OptionalInt.of((int) n);
        } catch (RedisException e) {
            away(e, time.nanoTime());
            return OptionalInt.empty();
        }
    }

    @Override
    public void learned(LearnedLimit l) {
        if (!up.get()) {
            return;
        }
        try {
            String key = key("learned:", l.family());
            redis.hset(
                    key,
                    Map.of(
                            "family",
                            l.family(),
                            "limit",
                            Integer.toString(l.limit()),
                            "windowMs",
                            Long.toString(l.window().toMillis()),
                            "kind",
                            l.kind().name(),
                            "spread",
                            Boolean.toString(l.spread()),
                            "at",
                            Long.toString(l.learnedAt().toEpochMilli()),
                            "by",
                            process));
            redis.pexpire(key, LEARNED_TTL.toMillis());
        } catch (RedisException e) {
            away(e, time.nanoTime());
        }
    }

    @Override
    public List<LearnedLimit> learnedLimits() {
        return learnedEntries().stream().map(LearnedEntry::limit).toList();
    }

    /** What the processes learned, with when and by whom. */
    public List<LearnedEntry> learnedEntries() {
        if (!up.get()) {
            return List.of();
        }
        List<LearnedEntry> all = new ArrayList<>();
        try {
            ScanIterator<String> keys = ScanIterator.scan(
                    redis, ScanArgs.Builder.matches(prefix + "learned:*").limit(100));
            while (keys.hasNext()) {
                LearnedEntry.parse(redis.hgetall(keys.next())).ifPresent(all::add);
            }
        } catch (RedisException e) {
            away(e, time.nanoTime());
        }
        return all;
    }

    @Override
    public StoreStatus status() {
        if (up.get()) {
            try {
                refreshSeen(time.nanoTime());
            } catch (RedisException e) {
                away(e, time.nanoTime());
            }
        }
        Map<String, Double> paces = new java.util.TreeMap<>();
        if (up.get()) {
            try {
                redis.hgetall(prefix + "pace")
                        .forEach((scope, micros) -> paces.put(scope, 1e6 / Math.max(1, Long.parseLong(micros))));
            } catch (RedisException | NumberFormatException e) {
                paces.clear(); // shown as none: the next reservation writes them again
            }
        }
        long latency = latencyNanos.get();
        return new StoreStatus(
                "redis",
                url.toString(),
                up.get(),
                latency < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(latency)),
                seen,
                localPacings.get(),
                paces);
    }

    /** This process's name in the store ({@code role-hash}). */
    public String process() {
        return process;
    }

    /** The key prefix of this org (for tests that scan every key). */
    public String prefix() {
        return prefix;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    private void refreshSeen(long now) {
        nextSeen.set(now + SEEN_EVERY_NANOS);
        long started = time.nanoTime();
        List<Object> members = run(Scripts.SEEN, List.of(prefix + "procs"), process, Long.toString(RECENT_MILLIS));
        latencyNanos.set(time.nanoTime() - started);
        seen = members.stream().map(Object::toString).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object> run(String script, List<String> keys, String... args) {
        String[] k = keys.toArray(String[]::new);
        String sha = shas.computeIfAbsent(script, s -> redis.scriptLoad(s));
        try {
            return (List<Object>) redis.evalsha(sha, ScriptOutputType.MULTI, k, args);
        } catch (RedisNoScriptException e) {
            shas.remove(script); // Redis restarted: its scripts are gone with its keys
            return (List<Object>) redis.eval(script, ScriptOutputType.MULTI, k, args);
        }
    }

    private Reservation local() {
        return new Reservation.Local(Math.max(2, seen.size()));
    }

    private Reservation away(RedisException e, long now) {
        nextTry.set(now + RETRY_NANOS);
        if (up.compareAndSet(true, false)) {
            localPacings.incrementAndGet();
            LOG.warn(
                    "gcsync: the budget store {} is away ({}): pacing the shared buckets in this process alone at"
                            + " 1/{} of their pace until it is back",
                    url,
                    StoreUrl.redact(BudgetStoreUnavailable.reason(e)),
                    Math.max(2, seen.size()));
        }
        return local();
    }

    private void back() {
        if (up.compareAndSet(false, true)) {
            LOG.warn("gcsync: the budget store {} is back: sharing the org's buckets again", url);
        }
    }

    private String key(String kind, String name) {
        return prefix + kind + clean(name);
    }

    private static String clean(String name) {
        return name.replaceAll("[^A-Za-z0-9:._-]", "_");
    }

    private static String processHash() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown";
        }
        return Hashes.of(host + "/" + ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .substring(0, 8);
    }

    /** A learned limit as the store keeps it: when and by which process. */
    public record LearnedEntry(LearnedLimit limit, String by) {
        static Optional<LearnedEntry> parse(Map<String, String> h) {
            try {
                LearnedLimit l = new LearnedLimit(
                        h.get("family"),
                        Integer.parseInt(h.get("limit")),
                        Duration.ofMillis(Long.parseLong(h.get("windowMs"))),
                        Instant.ofEpochMilli(Long.parseLong(h.get("at"))),
                        ScopeKind.valueOf(h.get("kind")),
                        Boolean.parseBoolean(h.get("spread")));
                return Optional.of(new LearnedEntry(l, h.getOrDefault("by", "?")));
            } catch (RuntimeException e) {
                return Optional.empty(); // another version's entry, or a partial write: not a starting point
            }
        }
    }
}
