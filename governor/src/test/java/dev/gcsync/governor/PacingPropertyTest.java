package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.internal.Decision;
import dev.gcsync.governor.internal.Permit;
import dev.gcsync.governor.internal.RateScope;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Drives {@link RateScope} decisions with N concurrent workers against a simulated fixed-window server, in
 * virtual time (a discrete-event loop), for random limits, windows, latencies and concurrency.
 * Windows start at 5 s: reset headers are whole seconds, and on 2-second windows with a dozen requests
 * each the reset estimate's rounding alone costs more than 5% (Genesys' window is 60 s).
 */
class PacingPropertyTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final Instant WALL = Instant.parse("2026-01-01T00:00:00Z");

    /** An event: worker {@code worker} acts at {@code at}; {@code permit} set when it is an answer. */
    private record Event(long at, long seq, int worker, Permit permit, SimulatedFixedWindowServer.Answer answer)
            implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }

    @Property(tries = 100)
    void refusesAtMostOnePercentAndUsesAtLeastNinetyFivePercentOfTheAllowedRate(
            @ForAll @IntRange(min = 10, max = 600) int limit,
            @ForAll @IntRange(min = 5, max = 60) int windowSeconds,
            @ForAll @IntRange(min = 1, max = 150) int minLatencyMs,
            @ForAll @IntRange(min = 0, max = 150) int latencySpreadMs,
            @ForAll @IntRange(min = 1, max = 16) int concurrency,
            @ForAll @LongRange(min = 0, max = 59_999) long phaseMs,
            @ForAll long seed) {
        double allowed = (double) limit / windowSeconds;
        double maxLatencySeconds = (minLatencyMs + latencySpreadMs) / 1000.0;
        Assume.that(concurrency / maxLatencySeconds >= 1.5 * allowed); // the workers can keep up at all
        Random random = new Random(seed);
        long window = windowSeconds * S;
        SimulatedFixedWindowServer server = new SimulatedFixedWindowServer(limit, window, phaseMs * MS % window);
        RateScope scope = new RateScope("token", GovernorConfig.defaults());
        long warmUp = 2 * window;
        long end = warmUp + 8 * window;
        long acceptedAtWarmUp = -1;
        PriorityQueue<Event> events = new PriorityQueue<>();
        long seq = 0;
        for (int w = 0; w < concurrency; w++) {
            events.add(new Event(0, seq++, w, null, null));
        }
        while (!events.isEmpty()) {
            Event e = events.poll();
            if (acceptedAtWarmUp < 0 && e.at >= warmUp) {
                acceptedAtWarmUp = server.accepted;
            }
            if (e.at >= end) {
                break;
            }
            if (e.permit != null) { // an answer arrives
                if (e.answer.refused()) {
                    scope.onAnswer(e.permit, 0, e.at, Optional.empty(), true);
                    scope.pause(e.permit, e.at, WALL, e.answer.retryAfter());
                } else {
                    scope.onAnswer(e.permit, 0, e.at, Optional.of(e.answer.signal()), false);
                }
                events.add(new Event(e.at, seq++, e.worker, null, null));
                continue;
            }
            Decision d = scope.tryAcquire(e.at);
            if (d.kind() == Decision.Kind.WAIT) {
                events.add(new Event(e.at + d.waitNanos(), seq++, e.worker, null, null));
            } else {
                assertThat(d.kind()).isEqualTo(Decision.Kind.GO);
                long latency = (minLatencyMs + (latencySpreadMs == 0 ? 0 : random.nextInt(latencySpreadMs + 1))) * MS;
                long arrival = e.at + latency / 2;
                events.add(new Event(e.at + latency, seq++, e.worker, d.permit(), server.arrive(arrival)));
            }
        }
        long total = server.accepted + server.refused;
        double used = (server.accepted - acceptedAtWarmUp) / (8.0 * limit);
        assertThat(server.refused).as("refused of %d", total).isLessThanOrEqualTo(total / 100);
        assertThat(used).as("share of the allowed rate used after warm-up").isGreaterThanOrEqualTo(0.95);
    }
}
