package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyHttpTest {

    @Test
    void ofConcurrentPatchesWithTheSameVersionExactlyOneWins() throws Exception {
        try (Emulator emulator = Emulator.start(
                EmulatorConfig.builder().users(10).profile(Profile.UNLIMITED).build())) {
            Http http = new Http(emulator).authenticated();
            String id = emulator.admin().exportState().users().get(0).id();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String body = "{\"title\":\"T" + i + "\",\"version\":1}";
                results.add(pool.submit(() -> {
                    go.await();
                    HttpResponse<String> r = http.send("PATCH", "/api/v2/users/" + id, body);
                    return r.statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
            assertThat(emulator.admin().user(id).version()).isEqualTo(2);
            assertThat(emulator.admin().counters().writes("PATCH_USER", id)).isEqualTo(1);
        }
    }

    @Test
    void concurrentCallersOfOneTokenGetExactlyTheLimitBetweenThem() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                .users(10)
                .clock(clock)
                .policy(RatePolicy.genesys().withLimit(20, Duration.ofSeconds(60)))
                .build())) {
            Http http = new Http(emulator).authenticated();
            ExecutorService pool = Executors.newFixedThreadPool(10);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return http.get("/api/v2/routing/skills").statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(20);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(30);
            assertThat(emulator.admin().counters().throttledByToken()).containsEntry("token-1", 30L);
        }
    }
}
