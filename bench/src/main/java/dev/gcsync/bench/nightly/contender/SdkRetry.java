package dev.gcsync.bench.nightly.contender;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import com.mypurecloud.sdk.v2.model.WrapUpCodeReference;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import dev.gcsync.bench.common.OAuth;
import dev.gcsync.bench.common.Writes;
import dev.gcsync.emulator.EmulatorConfig;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a careful SDK user writes today: the official Java SDK ({@code platform-client-v2:198.1.0}) with
 * {@code RetryConfiguration} on (max retry time 60 s; each thread sleeps Retry-After on its own; the SDK's
 * real-time defaults — 3 s without Retry-After, 300 s backoff interval — and the max retry time are divided by
 * the time scale),
 * one call per change, {@code threads} users at a time. A user whose call fails for good is skipped. The
 * token is fetched outside the SDK (it cannot derive a loopback login host) and fetched again on a 401.
 */
public final class SdkRetry implements Contender {
    /** 60 s: the max retry time the issue asks for, in real seconds. */
    static final int MAX_RETRY_TIME_SECONDS = 60;
    /** 3 s: the SDK's wait when a retried answer (5xx) has no Retry-After ({@code RetryConfiguration} default). */
    static final long RETRY_AFTER_DEFAULT_MS = 3000;
    /** 300 s: the SDK's backoff interval ({@code RetryConfiguration} default). */
    static final long BACKOFF_INTERVAL_MS = 300_000;

    private final int threads;

    public SdkRetry(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "sdk-retry-" + threads;
    }

    @Override
    public Outcome run(Arena arena) throws Exception {
        long start = arena.time().nanoTime();
        ApiClient.RetryConfiguration retry = new ApiClient.RetryConfiguration();
        int scale = arena.scenario().timeScale();
        retry.setMaxRetryTimeSec(MAX_RETRY_TIME_SECONDS / scale);
        retry.setRetryAfterDefaultMs(RETRY_AFTER_DEFAULT_MS / scale);
        retry.setBackoffIntervalMs(BACKOFF_INTERVAL_MS / scale);
        ApiClient client = ApiClient.Builder.standard()
                .withBasePath(arena.baseUrl())
                .withAccessToken(token(arena))
                .withRetryConfiguration(retry)
                .build();
        UsersApi users = new UsersApi(client);
        RoutingApi routing = new RoutingApi(client);
        AtomicBoolean capped = new AtomicBoolean();
        int failed = Writes.run(
                Entry.delta(arena.desired()),
                threads,
                entry -> {
                    if (arena.pastDeadline()) {
                        capped.set(true);
                        return false;
                    }
                    for (Change c : entry.changes()) {
                        if (!call(arena, client, users, routing, c)) {
                            return false;
                        }
                    }
                    return true;
                },
                arena.time(),
                arena.deadlineNanos());
        capped.compareAndSet(false, arena.pastDeadline());
        double wall = (arena.time().nanoTime() - start) / 1e9;
        return new Outcome(
                wall,
                null,
                (capped.get() ? "capped at " + arena.scenario().contenderCap().toSeconds() + " s; " : "") + failed
                        + " users/queues failed");
    }

    private static boolean call(Arena arena, ApiClient client, UsersApi users, RoutingApi routing, Change c) {
        for (int tries = 0; tries < 2; tries++) {
            try {
                send(users, routing, c);
                return true;
            } catch (ApiException e) {
                if (e.getStatusCode() != 401 || tries > 0) {
                    return false;
                }
                refresh(arena, client);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    private static void send(UsersApi users, RoutingApi routing, Change c) throws IOException, ApiException {
        if (c instanceof Change.Skill s) {
            UserRoutingSkillPost skill = new UserRoutingSkillPost();
            skill.setId(s.skillId());
            skill.setProficiency(s.proficiency());
            users.patchUserRoutingskillsBulk(s.userId(), List.of(skill));
        } else if (c instanceof Change.Join j) {
            WritableEntity member = new WritableEntity();
            member.setId(j.userId());
            routing.postRoutingQueueMembers(j.queueId(), List.of(member), false);
        } else if (c instanceof Change.CodeAdd a) {
            WrapUpCodeReference code = new WrapUpCodeReference();
            code.setId(a.codeId());
            routing.postRoutingQueueWrapupcodes(a.queueId(), List.of(code));
        } else {
            Change.CodeRemove r = (Change.CodeRemove) c;
            routing.deleteRoutingQueueWrapupcode(r.queueId(), r.codeId());
        }
    }

    /** One refresh at a time (a thread that saw a 401 sets a fresh token on the shared client). */
    private static synchronized void refresh(Arena arena, ApiClient client) {
        try {
            client.setAccessToken(token(arena));
        } catch (Exception e) {
            throw new IllegalStateException("token refresh failed: " + e.getMessage(), e);
        }
    }

    private static String token(Arena arena) throws Exception {
        return OAuth.token(arena.baseUrl(), EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET);
    }
}
