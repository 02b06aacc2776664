package dev.gcsync.proxy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernedCall;
import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.IetfRateLimitParser;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.ResponseHeaders;
import dev.gcsync.governor.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Lanes in virtual time: admission bound, FIFO slots, forgetting idle tokens, the minute line. */
class TokenLanesTest {
    private final VirtualTime time = new VirtualTime();
    private final TokenLanes lanes =
            new TokenLanes(GovernorConfig.defaults(), 2, 3, 7, time, () -> 0.5, RateSignalParser.none());

    @Test
    void admitsSlotsPlusQueueThenRefuses() throws InterruptedException {
        TokenLane lane = lanes.lane("t-aaaaaaaaaaaa");
        for (int i = 0; i < 5; i++) {
            assertThat(lane.tryEnter(time.nanoTime())).as("request " + (i + 1)).isTrue();
        }
        assertThat(lane.tryEnter(time.nanoTime()))
                .as("the sixth: 2 slots + 3 waiting are taken")
                .isFalse();
        assertThat(lane.awaitSlot(1)).isTrue();
        assertThat(lane.awaitSlot(1)).isTrue();
        assertThat(lane.awaitSlot(1)).as("both slots taken").isFalse();
        assertThat(lane.stats().inFlight()).isEqualTo(2);
        assertThat(lane.stats().waiting()).isEqualTo(3);
        assertThat(lane.stats().rejected()).isEqualTo(1);
        lane.releaseSlot();
        lane.leave(time.nanoTime());
        assertThat(lane.tryEnter(time.nanoTime())).as("room again").isTrue();
    }

    @Test
    void holdsNoMoreThanItsCapacityAcrossAllTokens() {
        for (int i = 0; i < 7; i++) {
            assertThat(lanes.tryEnterAny())
                    .as("request " + (i + 1) + " of any token")
                    .isTrue();
        }
        assertThat(lanes.tryEnterAny())
                .as("the eighth: every thread is holding one")
                .isFalse();
        lanes.leaveAny();
        assertThat(lanes.tryEnterAny()).as("room again").isTrue();
    }

    @Test
    void forgetsATokenIdleForAnHourButNotOneInUse() {
        TokenLane idle = lanes.lane("t-111111111111");
        TokenLane busy = lanes.lane("t-222222222222");
        idle.tryEnter(time.nanoTime());
        idle.leave(time.nanoTime());
        busy.tryEnter(time.nanoTime());
        time.advance(Duration.ofMinutes(61));
        List<String> forgotten = new ArrayList<>();

        lanes.evictIdle(forgotten::add);

        assertThat(forgotten).containsExactly("t-111111111111");
        assertThat(lanes.all()).extracting(TokenLane::name).containsExactly("t-222222222222");
    }

    @Test
    void aLaneTheMapForgetsOnALookupIsToldAtTheNextEvictionSoItsMetricsGoToo() {
        lanes.lane("t-444444444444");
        time.advance(Duration.ofMinutes(61));
        lanes.lane("t-555555555555"); // the lookup sweeps: t-4… idle for an hour
        assertThat(lanes.all()).extracting(TokenLane::name).containsExactly("t-555555555555");
        List<String> forgotten = new ArrayList<>();

        lanes.evictIdle(forgotten::add);
        lanes.evictIdle(forgotten::add);

        assertThat(forgotten).as("told once").containsExactly("t-444444444444");
    }

    @Test
    void theMinuteLineCountsWhatHappenedSinceTheLastOne() {
        TokenLane lane = lanes.lane("t-333333333333");
        MinuteLog log =
                new MinuteLog(() -> lanes.all().stream().map(TokenLane::stats).toList());
        lane.answered(200, 0);
        lane.answered(200, 0);
        lane.answered(429, 0);
        assertThat(log.line()).contains("[t-333333333333 3 requests, 0 429s absorbed, 1 surfaced, 0 queue-full");
        lane.answered(200, 0);
        assertThat(log.line()).contains("[t-333333333333 1 requests, 0 429s absorbed, 0 surfaced");
    }

    @Test
    void theMinuteLineForgetsAnEvictedTokenSoItsNextLaneCountsFromZero() {
        MinuteLog log =
                new MinuteLog(() -> lanes.all().stream().map(TokenLane::stats).toList());
        TokenLane first = lanes.lane("t-666666666666");
        first.answered(200, 0);
        first.answered(200, 0);
        log.line();
        time.advance(Duration.ofMinutes(61));
        lanes.evictIdle(name -> {});
        log.line();

        lanes.lane("t-666666666666").answered(200, 0);

        assertThat(log.line()).contains("[t-666666666666 1 requests");
    }

    @Test
    void aNewTokenStartsFromTheHiddenBucketsAnEarlierTokenMeasured() {
        TokenLanes withHeaders = new TokenLanes(
                GovernorConfig.defaults().withKnownRate(100), 2, 3, 7, time, () -> 0.5, new IetfRateLimitParser());
        Governor first = withHeaders.lane("t-444444444444").governor();
        for (int i = 0; i < 10; i++) {
            first.execute(call(200));
        }
        first.execute(call(429)); // refused while the advertised window has room: a hidden bucket

        Governor next = withHeaders.lane("t-555555555555").governor();

        assertThat(withHeaders.learned())
                .extracting(LearnedLimit::family, LearnedLimit::limit)
                .containsExactly(Tuple.tuple("users:write", 10));
        assertThat(next.learnedLimits()).isEqualTo(withHeaders.learned());
    }

    /** A user write answered {@code status} (429: Retry-After 4 s) with headers saying the token has room. */
    private GovernedCall<String> call(int status) {
        return new GovernedCall<>() {
            @Override
            public String family() {
                return "users:write";
            }

            @Override
            public boolean idempotent() {
                return true;
            }

            @Override
            public Reply<String> send() {
                time.advance(Duration.ofMillis(10));
                Map<String, List<String>> headers = new HashMap<>(Map.of(
                        "RateLimit-Limit",
                        List.of("300"),
                        "RateLimit-Remaining",
                        List.of("250"),
                        "RateLimit-Reset",
                        List.of("60")));
                if (status == 429) {
                    headers.put("Retry-After", List.of("4"));
                }
                return new Reply<>(status, ResponseHeaders.of(headers), "");
            }
        };
    }
}
