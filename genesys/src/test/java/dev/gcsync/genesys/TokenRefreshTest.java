package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenRefreshTest {
    private static final String TOKEN = "POST /oauth/token";

    private final EmulatorFixture fx = EmulatorFixture.fast();

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void fetchesOneNewTokenForEveryThreadRejectedWithTheSameOne() throws Exception {
        GenesysClient client = fx.client();
        client.skills();
        fx.emulator.admin().revokeTokens();
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Integer> read = () -> {
                    go.await();
                    return client.skills().size();
                };
                done.add(pool.submit(read));
            }
            go.countDown();
            for (Future<Integer> f : done) {
                assertThat(f.get()).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        var counters = fx.emulator.admin().counters();
        assertThat(counters.count(TOKEN, 200))
                .as("the first token and one refresh")
                .isEqualTo(2);
        assertThat(counters.count("GET /api/v2/routing/skills", 401)).isBetween(1L, (long) threads);
    }

    @Test
    void fetchesANewTokenShortlyBeforeTheOldOneExpires() {
        VirtualTime time = new VirtualTime();
        GenesysClient client = new GenesysClient(fx.settings(), time, () -> 0.5, GovernorListener.none());
        client.skills();
        time.advance(Duration.ofHours(24).minusMinutes(6));
        client.skills();
        assertThat(fx.emulator.admin().counters().count(TOKEN, 200)).isEqualTo(1);
        time.advance(Duration.ofMinutes(2)); // inside the last 5 minutes of the 24 h lifetime
        client.skills();
        var counters = fx.emulator.admin().counters();
        assertThat(counters.count(TOKEN, 200)).isEqualTo(2);
        assertThat(counters.count("GET /api/v2/routing/skills", 401)).isZero();
    }
}
