package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.genesys.model.CatalogueEntry;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each write hands back its own attempts and correlation id, however many writes are in flight on however many
 * threads: no metadata is left on a thread for the next call to read.
 */
class CallsOnSeveralThreadsTest {
    private static final int WRITES_PER_THREAD = 6;
    private final EmulatorFixture fx = EmulatorFixture.fast();

    @AfterEach
    void stop() {
        fx.close();
    }

    /** What one write reported: from its {@link Call} or from its {@link GenesysException}. */
    private record Reported(int attempts, String correlationId, boolean succeeded) {}

    @Test
    void everyWriteReportsTheAttemptsItsOwnRouteCost() throws Exception {
        GenesysClient client = fx.client();
        List<User> users = client.usersPage(WRITES_PER_THREAD, 1, Set.of()).entities();
        String skill = client.skills().get(0).id();
        String language = client.languages().get(0).id();
        List<CatalogueEntry> queues = client.queues(Optional.empty());
        List<CatalogueEntry> codes = client.wrapupCodes();
        // Each thread writes on a route of its own, so the server's count per route is what that thread's writes
        // must add up to; answers that fail at random and take a while keep several writes in flight at once.
        Map<String, IntFunction<Call<?>>> routes = Map.of(
                "PATCH /api/v2/users/{userId}/routingskills/bulk",
                i -> client.updateUserSkills(users.get(i).id(), List.of(new Proficiency(skill, 1 + i % 5))),
                "PATCH /api/v2/users/{userId}/routinglanguages/bulk",
                i -> client.updateUserLanguages(users.get(i).id(), List.of(new Proficiency(language, 1 + i % 5))),
                "POST /api/v2/routing/queues/{queueId}/members",
                i -> client.addQueueMembers(
                        queues.get(0).id(), List.of(users.get(i).id())),
                "POST /api/v2/routing/queues/{queueId}/wrapupcodes",
                i -> client.addQueueWrapupCodes(
                        queues.get(1).id(), List.of(codes.get(i % codes.size()).id())));
        fx.emulator.admin().resetCounters();
        fx.emulator
                .admin()
                .setFaults(Faults.none()
                        .withErrorRate(0.3)
                        .withLatency(Latency.between(Duration.ofMillis(5), Duration.ofMillis(40))));

        CyclicBarrier start = new CyclicBarrier(routes.size());
        ExecutorService threads = Executors.newFixedThreadPool(routes.size());
        Map<String, Future<List<Reported>>> byRoute = new HashMap<>();
        try {
            routes.forEach((route, write) -> byRoute.put(route, threads.submit(() -> {
                start.await();
                List<Reported> reported = new ArrayList<>();
                for (int i = 0; i < WRITES_PER_THREAD; i++) {
                    try {
                        Call<?> call = write.apply(i);
                        reported.add(new Reported(call.attempts(), call.correlationId(), true));
                    } catch (GenesysException e) {
                        reported.add(
                                new Reported(e.attempts(), e.correlationId().orElse(""), false));
                    }
                }
                return reported;
            })));
            Map<String, List<Reported>> results = new HashMap<>();
            for (var e : byRoute.entrySet()) {
                results.put(e.getKey(), e.getValue().get());
            }
            CountersSnapshot seen = fx.emulator.admin().counters();
            int maxAttempts = fx.settings().governor().maxAttempts();
            Set<String> correlationIds = new HashSet<>();
            int succeeded = 0;
            for (var e : results.entrySet()) {
                long served = seen.byRouteAndStatus().entrySet().stream()
                        .filter(c -> c.getKey().startsWith(e.getKey() + " "))
                        .mapToLong(Map.Entry::getValue)
                        .sum();
                assertThat(e.getValue().stream().mapToInt(Reported::attempts).sum())
                        .as("attempts reported by the writes on %s", e.getKey())
                        .isEqualTo(served);
                for (Reported r : e.getValue()) {
                    assertThat(r.attempts()).isBetween(1, maxAttempts);
                    assertThat(r.correlationId()).as("every answer is named").isNotEmpty();
                    assertThat(correlationIds.add(r.correlationId()))
                            .as("one answer per write: %s", r)
                            .isTrue();
                    succeeded += r.succeeded() ? 1 : 0;
                }
            }
            assertThat(succeeded)
                    .as("most writes succeed after their retries")
                    .isGreaterThan(routes.size() * WRITES_PER_THREAD / 2);
            assertThat(results.values().stream()
                            .flatMap(List::stream)
                            .mapToInt(Reported::attempts)
                            .sum())
                    .as("some writes were retried, so the counts are not all 1")
                    .isGreaterThan(routes.size() * WRITES_PER_THREAD);
        } finally {
            threads.shutdownNow();
        }
    }
}
