package dev.gcsync.proxy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lanes in virtual time: admission bound, FIFO slots, forgetting idle tokens, the minute line. */
class TokenLanesTest {
    private final VirtualTime time = new VirtualTime();
    private final TokenLanes lanes = new TokenLanes(GovernorConfig.defaults(), 2, 3, time, () -> 0.5,
            RateSignalParser.none());

    @Test
    void admitsSlotsPlusQueueThenRefuses() throws InterruptedException {
        TokenLane lane = lanes.lane("t-aaaaaaaaaaaa");
        for (int i = 0; i < 5; i++) {
            assertThat(lane.tryEnter(time.nanoTime())).as("request " + (i + 1)).isTrue();
        }
        assertThat(lane.tryEnter(time.nanoTime())).as("the sixth: 2 slots + 3 waiting are taken").isFalse();
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
    void theMinuteLineCountsWhatHappenedSinceTheLastOne() {
        TokenLane lane = lanes.lane("t-333333333333");
        MinuteLog log = new MinuteLog(() -> lanes.all().stream().map(TokenLane::stats).toList());
        lane.answered(200, 0);
        lane.answered(200, 0);
        lane.answered(429, 0);
        assertThat(log.line()).contains("[t-333333333333 3 requests, 0 429s absorbed, 1 surfaced, 0 queue-full");
        lane.answered(200, 0);
        assertThat(log.line()).contains("[t-333333333333 1 requests, 0 429s absorbed, 0 surfaced");
    }
}
