package dev.gcsync.proxy;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import dev.gcsync.budget.redis.RedisBudgetStore;
import dev.gcsync.budget.redis.StoreUrl;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Proxies in front of one emulator as sidecars (or replicas) would run them, each with its own budget store
 * (one Redis for all, or each its own local store), and the official SDK behind each writing users' skills.
 */
final class Sidecars implements AutoCloseable {
    final List<GcsyncProxy> proxies = new ArrayList<>();

    /** A proxy on an ephemeral port; with {@code redisUrl} its org's buckets are counted in that Redis. */
    GcsyncProxy start(Emulator emulator, GovernorConfig governor, String redisUrl) {
        URI base = URI.create(emulator.baseUrl());
        BudgetStore store = redisUrl == null
                ? BudgetStore.local()
                : RedisBudgetStore.connect(StoreUrl.parse(redisUrl), emulator.baseUrl(), "proxy", TimeSource.system());
        GcsyncProxy proxy = GcsyncProxy.start(
                ProxyConfig.defaults(base, base).withListen("127.0.0.1", 0).withGovernor(governor),
                TimeSource.system(),
                () -> 0.5,
                store);
        proxies.add(proxy);
        return proxy;
    }

    /** The official SDK, no retries of its own (a 429 it got would throw), through {@code proxy}. */
    static UsersApi sdk(GcsyncProxy proxy, String token) {
        return new UsersApi(ApiClient.Builder.standard()
                .withBasePath(proxy.baseUrl().toString())
                .withAccessToken(token)
                .build());
    }

    /**
     * One read through the proxy (its first caller: it reads the org's documented limits with that token), then
     * waits until that read is over, as a sidecar that has been up a while has.
     */
    static void warmUp(GcsyncProxy proxy, UsersApi users, String userId) throws Exception {
        users.getUser(userId, null, null, null);
        proxy.documentedLimits().get(20, TimeUnit.SECONDS);
    }

    /**
     * {@code threads} SDK threads behind each client replace the skills of their own users at once; returns the
     * calls that failed (a 429 or any error the SDK threw).
     */
    static int writeAtOnce(List<UsersApi> clients, List<List<String>> usersOf, String skillId, int threads)
            throws Exception {
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size() * threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                UsersApi users = clients.get(c);
                List<String> mine = usersOf.get(c);
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = thread; i < mine.size(); i += threads) {
                            try {
                                users.putUserRoutingskillsBulk(
                                        mine.get(i),
                                        List.of(new UserRoutingSkillPost()
                                                .id(skillId)
                                                .proficiency(3.0)));
                            } catch (ApiException e) {
                                failed.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return failed.get();
    }

    @Override
    public void close() {
        proxies.forEach(GcsyncProxy::close);
    }
}
