package dev.gcsync.proxy;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client job as users have them: the official SDK, no retries, N threads reading users through a base
 * path. Run in-process or as its own JVM ({@link #main}); prints {@code ok=N refused=M}.
 */
final class SdkLoad {
    private SdkLoad() {}

    record Outcome(int ok, int refused) {}

    static Outcome run(String basePath, String token, List<String> userIds, int threads, int perThread)
            throws Exception {
        return run(clients(basePath, token, threads), userIds, perThread);
    }

    /** One SDK client per thread (an SDK client's connection pool would otherwise queue the threads itself). */
    static List<UsersApi> clients(String basePath, String token, int threads) {
        List<UsersApi> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(new UsersApi(ApiClient.Builder.standard()
                    .withBasePath(basePath)
                    .withAccessToken(token)
                    .build()));
        }
        return clients;
    }

    static Outcome run(List<UsersApi> clients, List<String> userIds, int perThread) throws Exception {
        int threads = clients.size();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                UsersApi users = clients.get(t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        try {
                            users.getUser(userIds.get((thread * perThread + i) % userIds.size()), null, null, null);
                            ok.incrementAndGet();
                        } catch (ApiException e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(ok.get(), refused.get());
    }

    /**
     * {@code basePath threads perThread userId...}. Reads the token from stdin (never an argument), builds its
     * clients, prints {@code ready}, and starts when stdin says {@code go}: so that two processes overlap.
     */
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String token = in.readLine();
        List<UsersApi> clients = clients(args[0], token, Integer.parseInt(args[1]));
        System.out.println("ready");
        System.out.flush();
        if (!"go".equals(in.readLine())) {
            System.exit(2);
        }
        Outcome o = run(clients, List.of(args).subList(3, args.length), Integer.parseInt(args[2]));
        System.out.println("ok=" + o.ok() + " refused=" + o.refused());
        System.exit(o.refused() == 0 ? 0 : 1);
    }
}
