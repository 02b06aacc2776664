package dev.gcsync.bench.proxy;

import dev.gcsync.bench.common.OAuth;
import dev.gcsync.budget.redis.RedisBudgetStore;
import dev.gcsync.budget.redis.StoreUrl;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Profile;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.proxy.GcsyncProxy;
import dev.gcsync.proxy.ProxyConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * What {@code gcsync proxy} adds to a request's latency: {@code bench/scripts/proxy-latency.sh [requests]
 * [perSecond]} sends the same {@code GET /api/v2/users/{id}} to the emulator (profile unlimited, in this JVM)
 * directly and through a proxy (in this JVM), alternately, each path at {@code perSecond} (default 50), and
 * prints the median, p90 and p99 of both and the difference of the medians. One warm-up pass of 200 each is
 * not counted. Sequential: one request in flight per path. With a third argument, a Redis URL
 * ({@code redis://127.0.0.1:6379/0}), a third path goes through a second proxy whose budget store is that Redis:
 * every request then reserves its token's slot there (issue 16: Redis adds ≤ 2 ms at the median at 50/s).
 */
public final class ProxyLatency {
    private ProxyLatency() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (Emulator emulator = Emulator.start(
                EmulatorConfig.builder().users(50).profile(Profile.UNLIMITED).build())) {
            URI server = URI.create(emulator.baseUrl());
            ProxyConfig config = ProxyConfig.defaults(server, server).withListen("127.0.0.1", 0);
            BudgetStore store = args.length > 2
                    ? RedisBudgetStore.connect(
                            StoreUrl.parse(args[2]), emulator.baseUrl(), "proxy", TimeSource.system())
                    : BudgetStore.local();
            try (GcsyncProxy proxy = GcsyncProxy.start(config, TimeSource.system(), () -> ThreadLocalRandom.current()
                            .nextDouble());
                    GcsyncProxy shared = GcsyncProxy.start(
                            config,
                            TimeSource.system(),
                            () -> ThreadLocalRandom.current().nextDouble(),
                            store)) {
                String token = OAuth.token(
                        emulator.baseUrl(), EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET);
                String path = "/api/v2/users/"
                        + emulator.admin().exportState().users().get(0).id();
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                List<URI> targets = new ArrayList<>(
                        List.of(URI.create(emulator.baseUrl() + path), URI.create(proxy.baseUrl() + path)));
                if (args.length > 2) {
                    targets.add(URI.create(shared.baseUrl() + path));
                }
                run(http, targets, token, 200, perSecond); // warm-up: JIT, connections, the governor's first window
                long[][] nanos = run(http, targets, token, requests, perSecond);
                System.out.printf(Locale.ROOT, "%d requests per path at %d/s each, sequential%n", requests, perSecond);
                String[] names = {"direct      ", "via proxy   ", "proxy+redis "};
                for (int t = 0; t < targets.size(); t++) {
                    System.out.printf(
                            Locale.ROOT,
                            "%s median %.2f ms  p90 %.2f ms  p99 %.2f ms%n",
                            names[t],
                            percentile(nanos[t], 0.5),
                            percentile(nanos[t], 0.9),
                            percentile(nanos[t], 0.99));
                }
                System.out.printf(
                        Locale.ROOT,
                        "proxy adds   %.2f ms at the median%n",
                        percentile(nanos[1], 0.5) - percentile(nanos[0], 0.5));
                if (args.length > 2) {
                    System.out.printf(
                            Locale.ROOT,
                            "redis adds   %.2f ms at the median (the token's slot reserved in the store)%n",
                            percentile(nanos[2], 0.5) - percentile(nanos[1], 0.5));
                }
            }
        }
    }

    private static long[][] run(HttpClient http, List<URI> targets, String token, int requests, int perSecond)
            throws Exception {
        long[][] nanos = new long[targets.size()][requests];
        long interval = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            for (int t = 0; t < targets.size(); t++) {
                LockSupport.parkNanos(next + t * interval / targets.size() - System.nanoTime());
                long start = System.nanoTime();
                HttpResponse<byte[]> r = http.send(
                        HttpRequest.newBuilder(targets.get(t))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                nanos[t][i] = System.nanoTime() - start;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(targets.get(t) + " answered " + r.statusCode());
                }
            }
            next += interval;
        }
        return nanos;
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }
}
