package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.StateSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK (no retries of its own) through the proxy against the emulator: 429s absorbed,
 * Retry-After in both forms, holds past --max-hold, a full queue.
 */
class ProxyHoldAndRetryIT {
    private ProxyFixture f;
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        if (f != null) {
            f.close();
        }
    }

    private static EmulatorConfig.Builder emulator(RatePolicy policy) {
        return EmulatorConfig.builder()
                .users(40)
                .seed(3)
                .profile(Profile.GENESYS)
                .policy(policy);
    }

    /** Token limit far away; a hidden bucket of {@code writes} user writes per {@code window}. */
    private static RatePolicy hiddenWriteBucket(int writes, Duration window) {
        return RatePolicy.genesys().withLimit(10_000, window).withBuckets(List.of(BucketRule.userWrites(writes)));
    }

    private static UserRoutingSkillPost skill(String id, double proficiency) {
        UserRoutingSkillPost p = new UserRoutingSkillPost();
        p.setId(id);
        p.setProficiency(proficiency);
        return p;
    }

    @Test
    void eightSdkThreadsSeeNoThrottleAndEveryServer429IsAbsorbed() throws Exception {
        f = ProxyFixture.start(emulator(RatePolicy.genesys().withLimit(30, Duration.ofSeconds(1))), c -> c);
        List<String> ids = f.emulator.admin().exportState().users().stream()
                .map(u -> u.id())
                .toList();
        List<Integer> refusals = new CopyOnWriteArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            UsersApi users = f.users();
            done.add(pool.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    try {
                        users.getUser(ids.get((thread * 12 + i) % ids.size()), null, null, null);
                    } catch (ApiException e) {
                        refusals.add(e.getStatusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        TokenStats s = f.stats();
        assertThat(refusals).as("statuses other than 200 the SDK saw").isEmpty();
        assertThat(s.answered()).containsOnlyKeys(200).containsEntry(200, 96L);
        long serverSent = f.emulator.admin().counters().throttled();
        assertThat(s.throttledByServer()).isEqualTo(serverSent);
        assertThat(s.absorbed()).as("every 429 the server sent was waited out").isEqualTo(serverSent);
        assertThat(s.surfaced()).isZero();
        assertThat(f.emulator.admin().counters().byToken()).hasSize(1);
    }

    @Test
    void aHiddenBucket429IsAbsorbedAndEveryWriteLandsOnce() throws Exception {
        f = ProxyFixture.start(emulator(hiddenWriteBucket(3, Duration.ofSeconds(1))), c -> c);
        StateSnapshot state = f.emulator.admin().exportState();
        UsersApi users = f.users();
        for (int i = 0; i < 6; i++) {
            users.patchUserRoutingskillsBulk(
                    state.users().get(i).id(),
                    List.of(skill(state.skills().get(0).id(), 3)));
        }
        TokenStats s = f.stats();
        long serverSent = f.emulator.admin().counters().throttled();
        assertThat(serverSent).as("the bucket refused at least once").isGreaterThanOrEqualTo(1);
        assertThat(s.absorbed()).isEqualTo(serverSent);
        assertThat(s.surfaced()).isZero();
        assertThat(f.emulator.admin().counters().writes().values()).hasSize(6).containsOnly(1L);
    }

    @Test
    void anHttpDateRetryAfterIsHonouredNotGuessed() throws Exception {
        f = ProxyFixture.start(
                emulator(hiddenWriteBucket(3, Duration.ofSeconds(2)).withRetryAfterDate(true)), c -> c);
        StateSnapshot state = f.emulator.admin().exportState();
        UsersApi users = f.users();
        for (int i = 0; i < 6; i++) {
            users.patchUserRoutingskillsBulk(
                    state.users().get(i).id(),
                    List.of(skill(state.skills().get(1).id(), 2)));
        }
        long serverSent = f.emulator.admin().counters().throttled();
        // Read as a date, the pause runs to the bucket's reset: one refusal, then paced at the measured rate.
        // Misread, the governor's own 100 ms..800 ms backoff would be refused again and again in that window.
        assertThat(serverSent).isBetween(1L, 2L);
        assertThat(f.stats().absorbed()).isEqualTo(serverSent);
        assertThat(f.stats().surfaced()).isZero();
    }

    @Test
    void aServerRetryAfterBeyondMaxHoldReachesTheClientAsA429WithRetryAfter() throws Exception {
        f = ProxyFixture.start(
                emulator(hiddenWriteBucket(1, Duration.ofSeconds(30))), c -> c.withMaxHold(Duration.ofSeconds(2)));
        StateSnapshot state = f.emulator.admin().exportState();
        UsersApi users = f.users();
        String skillId = state.skills().get(2).id();
        users.patchUserRoutingskillsBulk(state.users().get(0).id(), List.of(skill(skillId, 1)));

        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> users.patchUserRoutingskillsBulk(state.users().get(1).id(), List.of(skill(skillId, 1))));
        ApiException again = catchThrowableOfType(
                ApiException.class,
                () -> users.patchUserRoutingskillsBulk(state.users().get(2).id(), List.of(skill(skillId, 1))));

        for (ApiException e : List.of(refused, again)) {
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(Long.parseLong(e.getHeaders().get("Retry-After"))).isBetween(1L, 30L);
            assertThat(e.getRawBody()).contains("too.many.requests.retry.after");
        }
        assertThat(f.emulator.admin().counters().throttled())
                .as("the third write was not sent")
                .isEqualTo(1);
        assertThat(f.stats().surfaced()).isEqualTo(2);
        assertThat(users.getUser(state.users().get(3).id(), null, null, null).getId())
                .as("reads are another bucket and go on")
                .isNotNull();
    }

    @Test
    void aRequestPacedBeyondMaxHoldIsAnswered429WithoutReachingTheServer() throws Exception {
        f = ProxyFixture.start(
                emulator(RatePolicy.genesys().withLimit(2, Duration.ofSeconds(30))),
                // The limits read's GETs would spend this bucket of 2 on a thread of their own, racing this test's.
                c -> c.withMaxHold(Duration.ofSeconds(1)).withLimitsRead(false));
        String id = f.emulator.admin().exportState().users().get(0).id();
        UsersApi users = f.users();
        users.getUser(id, null, null, null); // answered: 1 of 2 left, the window resets in 30 s

        ApiException held = catchThrowableOfType(ApiException.class, () -> users.getUser(id, null, null, null));

        assertThat(held.getStatusCode()).isEqualTo(429);
        assertThat(Long.parseLong(held.getHeaders().get("Retry-After"))).isBetween(1L, 30L);
        assertThat(f.emulator.admin().counters().throttled()).isZero();
        assertThat(f.stats().upstreamRequests())
                .as("paced 30 s apart: not sent within the 1 s hold")
                .isEqualTo(1);
    }

    @Test
    void aFullQueueIsAnswered503WithRetryAfterAndTheHeldRequestsStillComplete() throws Exception {
        f = ProxyFixture.start(emulator(hiddenWriteBucket(1, Duration.ofSeconds(2))), c -> c.withQueue(1, 1));
        StateSnapshot state = f.emulator.admin().exportState();
        String skillId = state.skills().get(3).id();
        UsersApi users = f.users();
        users.patchUserRoutingskillsBulk(state.users().get(0).id(), List.of(skill(skillId, 4)));
        // One SDK client per concurrent caller: an SDK client's own connection pool would queue them itself.
        UsersApi writer = f.users();
        UsersApi reader = f.users();
        Future<?> paused = pool.submit(
                () -> writer.patchUserRoutingskillsBulk(state.users().get(1).id(), List.of(skill(skillId, 4))));
        ProxyFixture.until(
                "the second write is refused and parked in the pause",
                () -> f.stats().absorbed() == 1);
        Future<?> queued = pool.submit(() -> reader.getUser(state.users().get(2).id(), null, null, null));
        ProxyFixture.until("a read waits for the one slot", () -> f.stats().waiting() == 1);

        ApiException full = catchThrowableOfType(
                ApiException.class, () -> users.getUser(state.users().get(3).id(), null, null, null));

        assertThat(full.getStatusCode()).isEqualTo(503);
        assertThat(Long.parseLong(full.getHeaders().get("Retry-After"))).isGreaterThanOrEqualTo(1);
        paused.get();
        queued.get();
        assertThat(f.stats().rejected()).isEqualTo(1);
        assertThat(f.stats().answered()).containsEntry(200, 3L).containsEntry(503, 1L);
    }
}
