package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeTry;
import org.junit.jupiter.api.Test;

/**
 * Several processes (each its own {@link OrgBudget} and governors) on one shared store, in virtual time: a shared
 * bucket one process finds is paced by the others from about a second later, held by the pause that process set;
 * processes that send one token take its window together; with the local store nothing of this is asked.
 */
class LiveSharingTest {
    private static final String FAMILY = "users:write";
    private static final Duration WINDOW = Duration.ofSeconds(10);

    private VirtualTime time = new VirtualTime();
    private MemoryStore store = new MemoryStore(time);

    @BeforeTry
    void freshProcesses() {
        time = new VirtualTime();
        store = new MemoryStore(time);
    }

    /** A call that answers 200 without rate headers and records when it was sent. */
    private record Recorded(String family, VirtualTime time, List<Long> sentAt) implements GovernedCall<String> {
        @Override
        public boolean idempotent() {
            return true;
        }

        @Override
        public Reply<String> send() throws IOException {
            sentAt.add(time.nanoTime());
            return new Reply<>(200, ResponseHeaders.of(Map.of()), "ok");
        }
    }

    private Governor governor(GovernorConfig config, OrgBudget budget, Optional<String> token) {
        return new Governor(config, time, () -> 0.5, new IetfRateLimitParser(), e -> {}, budget, token);
    }

    private static GovernorConfig config(double knownRate, double share) {
        return GovernorConfig.defaults().withKnownRate(knownRate).toBuilder()
                .budgetShare(share)
                .build();
    }

    @Property(tries = 40)
    void aBucketAnotherProcessFoundHoldsThisOneByItsPauseThenPacesItAtTheSharedPace(
            @ForAll @IntRange(min = 0, max = 900) int foundAfterMillis,
            @ForAll @IntRange(min = 2, max = 8) int pauseSeconds,
            @ForAll @IntRange(min = 10, max = 40) int limit) {
        GovernorConfig config = config(100, 0.5);
        Governor b = governor(config, new OrgBudget(config, store), Optional.empty());
        List<Long> sent = new ArrayList<>();
        Recorded call = new Recorded(FAMILY, time, sent);
        assertThat(b.execute(call).outcome()).isEqualTo(Outcome.SUCCESS); // B runs, knowing nothing of the bucket

        // process A (another budget on the store) is refused: it found the org's bucket and paused it
        time.advance(Duration.ofMillis(foundAfterMillis));
        long found = time.nanoTime();
        store.learned(new LearnedLimit(FAMILY, limit, WINDOW, time.wallClock(), ScopeKind.ORG, true));
        long pauseEnd = store.pause("org:" + FAMILY, Duration.ofSeconds(pauseSeconds));

        while (time.nanoTime() < pauseEnd + 3 * WINDOW.toNanos()) {
            assertThat(b.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        }
        long followedBy = found + 1_000_000_000L + 10_000_000L; // its turn to read the store, at most a second on
        assertThat(sent.stream().filter(t -> t >= followedBy && t < pauseEnd))
                .as("nothing sent within the pause once the bucket is followed")
                .isEmpty();
        assertThat(sent.stream().filter(t -> t >= pauseEnd))
                .as("sent again after it")
                .isNotEmpty();
        // within its first window here (the estimate probes upward after used windows, as it does alone)
        List<Long> after = sent.stream()
                .filter(t -> t >= pauseEnd && t < found + WINDOW.toNanos())
                .toList();
        long interval = (long) (WINDOW.toNanos() / (0.5 * limit));
        if (after.size() > 1) {
            assertThat(after.get(after.size() - 1) - after.get(0))
                    .as("paced at share × limit / window through the store (a late sender keeps its slot: 1 ms)")
                    .isGreaterThanOrEqualTo((after.size() - 1) * interval - 1_000_000);
        }
        assertThat(b.metrics().scopes())
                .as("the bucket is one of B's scopes now")
                .anySatisfy(s -> assertThat(s.name()).isEqualTo("org:" + FAMILY));
        assertThat(store.reservations).containsKey("org:" + FAMILY);
    }

    @Property(tries = 20)
    void aProcessThatCountedOnlyItsPartTakesTheHigherEstimateAnotherFoundButNotOneOlderThanItsRefusal(
            @ForAll @IntRange(min = 1, max = 5) int mine, @ForAll @IntRange(min = 20, max = 40) int theirs) {
        GovernorConfig config = config(100, 0.5);
        Governor b = governor(config, new OrgBudget(config, store), Optional.empty());
        // B found the org's bucket when the others had taken most of the window: its count is its part of it
        b.startFrom(List.of(new LearnedLimit(FAMILY, mine, WINDOW, time.wallClock(), ScopeKind.ORG, true)));
        Recorded call = new Recorded(FAMILY, time, new ArrayList<>());
        assertThat(b.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);

        // A counted what it got in the window that refused it, and published it
        time.advance(Duration.ofMillis(100));
        store.learned(new LearnedLimit(FAMILY, theirs, WINDOW, time.wallClock(), ScopeKind.ORG, true));
        long until = time.nanoTime() + 2_000_000_000L;
        while (time.nanoTime() < until) {
            assertThat(b.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        }
        assertThat(orgPace(b))
                .as("B paces at the share of A's estimate, not of its own part")
                .isCloseTo(0.5 * theirs / 10.0, org.assertj.core.data.Offset.offset(0.01));

        // a refusal (A's, through the store's pause) cuts B; A's estimate from before it must not undo the cut
        store.pause("org:" + FAMILY, Duration.ofSeconds(1));
        long after = time.nanoTime() + 3_000_000_000L;
        while (time.nanoTime() < after) {
            assertThat(b.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        }
        assertThat(orgPace(b)).as("cut by the refusal, and kept cut").isLessThan(0.5 * theirs / 10.0 * 0.75);
    }

    /** A 429 in 5 s while the token's own bucket (300 a minute) has room: another bucket refused. */
    private static Reply<String> refusedByAnotherBucket() {
        return new Reply<>(
                429,
                ResponseHeaders.of(Map.of(
                        "Retry-After", List.of("5"),
                        "RateLimit-Limit", List.of("300"),
                        "RateLimit-Remaining", List.of("250"),
                        "RateLimit-Reset", List.of("40"))),
                "");
    }

    /**
     * A users' write that a bucket no header describes refuses {@code times} times, then accepts; with
     * {@code canAsk}, it can be sent through another token (and is refused there too while refusals are left).
     */
    private static final class Refused implements GovernedCall<String> {
        private final int times;
        private final boolean canAsk;
        private int sent;

        Refused(int times, boolean canAsk) {
            this.times = times;
            this.canAsk = canAsk;
        }

        @Override
        public String family() {
            return FAMILY;
        }

        @Override
        public boolean idempotent() {
            return true;
        }

        @Override
        public Reply<String> send() {
            return sent++ >= times ? new Reply<>(200, ResponseHeaders.of(Map.of()), "ok") : refusedByAnotherBucket();
        }

        @Override
        public Optional<GovernedCall<String>> viaAnotherToken() {
            return canAsk ? Optional.of(this) : Optional.empty();
        }
    }

    @Property(tries = 20)
    void aProcessThatFindsABucketSharedCountsWhatEveryProcessGotInTheRefusingWindow(
            @ForAll @IntRange(min = 1, max = 5) int mine, @ForAll @IntRange(min = 10, max = 30) int others) {
        GovernorConfig config = config(100, 0.5);
        List<GovernorEvent> events = new ArrayList<>();
        Governor b = new Governor(
                config,
                time,
                () -> 0.5,
                new IetfRateLimitParser(),
                events::add,
                new OrgBudget(config, store),
                Optional.empty());
        Recorded call = new Recorded(FAMILY, time, new ArrayList<>());
        for (int i = 0; i < mine; i++) {
            assertThat(b.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        }
        for (int i = 0; i < others; i++) {
            store.accepted(FAMILY); // another process's accepted writes, counted in the store
        }
        // the window ends in 5 s: B is refused, asks through another token, is refused again: the org's bucket
        assertThat(b.execute(new Refused(2, true)).outcome()).isEqualTo(Outcome.SUCCESS);

        LearnedLimit found = b.learnedLimits().stream()
                .filter(l -> l.kind() == ScopeKind.ORG)
                .findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertThat(found.limit())
                .as("what every process got in the refusing window, not B's part of it")
                .isEqualTo(mine + others);
    }

    @Property(tries = 20)
    void aRefusalOfABucketPacedThroughTheStoreCutsToWhatEveryProcessWasLeft(
            @ForAll @IntRange(min = 1, max = 5) int mine, @ForAll @IntRange(min = 5, max = 25) int others) {
        GovernorConfig config = config(100, 0.5);
        Governor b = governor(config, new OrgBudget(config, store), Optional.empty());
        // the org's bucket, found on an earlier night at 60 a window: paced through the store at 0.5 × 60
        b.startFrom(List.of(new LearnedLimit(FAMILY, 60, WINDOW, time.wallClock(), ScopeKind.ORG, true)));
        Recorded call = new Recorded(FAMILY, time, new ArrayList<>());
        for (int i = 0; i < mine; i++) {
            assertThat(b.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
        }
        for (int i = 0; i < others; i++) {
            store.accepted(FAMILY); // the other processes' accepted writes in the same window
        }

        assertThat(b.execute(new Refused(1, false)).outcome()).isEqualTo(Outcome.SUCCESS);

        int all = mine + others;
        double estimate = orgPace(b) * WINDOW.toSeconds() / 0.5;
        assertThat(estimate)
                .as("cut to what all of them got (%d), not by 0.7 (42) as for one process's part", all)
                .isLessThanOrEqualTo(0.9 * all + 1e-9)
                .isLessThan(60 * 0.7);
    }

    private static double orgPace(Governor g) {
        return g.metrics().scopes().stream()
                .filter(s -> s.name().equals("org:" + FAMILY))
                .findFirst()
                .orElseThrow()
                .pacedRate();
    }

    @Test
    void theStoreIsReadAtMostOnceASecondWhateverTheTraffic() {
        GovernorConfig config = config(1000, 0.5);
        Governor b = governor(config, new OrgBudget(config, store), Optional.empty());
        Recorded call = new Recorded(FAMILY, time, new ArrayList<>());
        for (int i = 0; i < 3000; i++) { // 3 s at 1000/s
            b.execute(call);
        }
        assertThat(time.nanoTime()).isBetween(2_900_000_000L, 3_100_000_000L);
        assertThat(store.learnedReads).as("reads of the store's learned limits").isBetween(3, 4);
    }

    @Property(tries = 30)
    void processesSendingOneTokenTakeItsWindowTogether(
            @ForAll @IntRange(min = 2, max = 4) int processes, @ForAll @IntRange(min = 2, max = 20) int rate) {
        GovernorConfig config = config(rate, 0.5);
        List<Governor> replicas = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            replicas.add(governor(config, new OrgBudget(config, store), Optional.of("t-0123456789ab")));
        }
        List<Long> sent = new ArrayList<>();
        Recorded call = new Recorded(FAMILY, time, sent);
        int each = 3 * rate;
        for (int i = 0; i < each; i++) {
            for (Governor g : replicas) {
                assertThat(g.execute(call).outcome()).isEqualTo(Outcome.SUCCESS);
            }
        }
        long span = sent.get(sent.size() - 1) - sent.get(0);
        assertThat(span)
                .as("%d requests of one token at %d/s in all, whichever replica sent them", sent.size(), rate)
                .isGreaterThanOrEqualTo((long) ((sent.size() - 1) * 1e9 / rate) - sent.size());
        assertThat(store.reservations.keySet()).containsExactly("token:t-0123456789ab:token");
    }

    @Test
    void withoutATokenNameOrWithTheLocalStoreEachProcessPacesTheTokenAlone() {
        GovernorConfig config = config(10, 0.5);
        Governor a = governor(config, new OrgBudget(config, store), Optional.empty());
        Governor b = governor(config, new OrgBudget(config, BudgetStore.local()), Optional.of("t-0123456789ab"));
        List<Long> sent = new ArrayList<>();
        Recorded call = new Recorded(FAMILY, time, sent);
        for (int i = 0; i < 30; i++) {
            a.execute(call);
            b.execute(call);
        }
        assertThat(sent.get(sent.size() - 1) - sent.get(0))
                .as("two processes, each at 10/s alone: 60 requests in about 3 s")
                .isLessThan(3_100_000_000L);
        assertThat(store.reservations)
                .as("nothing of a token's asked of the store")
                .isEmpty();
    }
}
