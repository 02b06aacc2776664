package dev.gcsync.proxy;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
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
    private SdkLoad() {
    }

    record Outcome(int ok, int refused) {
    }

    static Outcome run(String basePath, String token, List<String> userIds, int threads, int perThread)
            throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                UsersApi users = new UsersApi(ApiClient.Builder.standard().withBasePath(basePath)
                        .withAccessToken(token).build());
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

    /** {@code basePath token threads perThread userId...}; the token comes on stdin, never as an argument. */
    public static void main(String[] args) throws Exception {
        String token = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        Outcome o = run(args[0], token, List.of(args).subList(3, args.length), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]));
        System.out.println("ok=" + o.ok() + " refused=" + o.refused());
        System.exit(o.refused() == 0 ? 0 : 1);
    }
}
