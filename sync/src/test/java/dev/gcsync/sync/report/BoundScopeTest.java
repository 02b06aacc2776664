package dev.gcsync.sync.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import dev.gcsync.governor.VirtualTime;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The report counts against the scope that bound the run: only the requests that scope counts, against its own
 * limit (of an org's bucket, gcsync's share of it, with what was learned as it was learned), and the token's
 * figures beside. Runs are played on virtual time into the real recorder.
 */
class BoundScopeTest {
    private static final Instant T0 = Instant.parse("2026-12-04T21:00:00Z");

    private final VirtualTime time = new VirtualTime(T0);
    private final TimelineRecorder recorder = new TimelineRecorder(time);

    private static ScopeState scope(String name, ScopeKind kind, double allowed, long waited) {
        return new ScopeState(name, kind, allowed, allowed, Double.NaN, 1.0, 0, false, waited);
    }

    /** {@code n} requests of {@code family} every {@code 1 / perSecond} s, {@code reads} reads beside each. */
    private void send(String family, int n, double perSecond, int readsEach) {
        long step = (long) (1e9 / perSecond);
        for (int i = 0; i < n; i++) {
            recorder.onEvent(new GovernorEvent.Sent(family, 1, time.nanoTime()));
            recorder.onEvent(new GovernorEvent.Answered(
                    family, 200, 1, Optional.of(new RateSignal(300, 200, Duration.ofSeconds(30)))));
            for (int r = 0; r < readsEach; r++) {
                recorder.onEvent(new GovernorEvent.Sent("users:read", 1, time.nanoTime()));
            }
            time.advance(Duration.ofNanos(step));
        }
    }

    private RunSummary summary(BoundScope bound, double tokenAllowed) {
        double active = recorder.elapsedSeconds();
        return new SummaryFixture()
                .status("CONVERGED", 0)
                .times(T0, T0.plusSeconds((long) active), active)
                .requests(recorder.requests(), recorder.throttled(), 0)
                .rates(recorder.requests() / active, bound.allowedRate())
                .notes(List.of())
                .bound(bound, tokenAllowed)
                .build();
    }

    @Test
    void aNightAHiddenBucketHeldAt10PerSecondIsCountedAgainstThatBucket() throws IOException {
        // 300 user writes at 9.6/s, each with 0.35 reads beside on average (planning and verifying): the token
        // allows 60/s and was far from its limit; the hidden users:write bucket (10/s) bound the run
        send("users:write", 288, 9.6, 0);
        send("users:read", 100, 40, 0);
        BoundScope bound = recorder.bound(scope("family:users:write", ScopeKind.TOKEN, 10.0, 1_000_000), 0.4);

        assertThat(bound.requests()).isEqualTo(288);
        assertThat(bound.families()).containsExactly("users:write");
        assertThat(bound.rate()).isCloseTo(9.6, Offset.offset(0.01));
        String text = ConsoleSummary.render(summary(bound, 60.0), List.of(), 0);
        assertThat(text)
                .contains("  rate        9.60 of 10.00 req/s of the hidden users:write bucket (96%):"
                        + " its 288 users:write requests over 30.0s")
                .contains("  token       ")
                .contains("of 60.00 req/s of the token's limit (")
                .contains("all 388 requests");

        StringWriter html = new StringWriter();
        HtmlReport.write(new RunReport(summary(bound, 60.0), List.of(), recorder.points(bound, 60.0)), html);
        assertThat(html.toString())
                .contains("<b>9.60 / 10.00</b><span>req/s of the hidden users:write bucket</span>")
                .contains("class=\"token-allowed\"")
                .contains("class=\"all-requests\"")
                .contains("requests it counts per second (the hidden users:write bucket)");
    }

    @Test
    void aBucketPacedInBurstsIsCountedOverTheWindowsItUsedNotJustFromItsFirstRequestToItsLast() {
        // 10 per 2 s learned at the first refusal, then a burst of 10 at the start of every window (plus guard)
        LearnedLimit measured = new LearnedLimit("users:write", 10, Duration.ofSeconds(2), T0);
        recorder.onEvent(new GovernorEvent.LimitLearned(measured));
        for (int window = 0; window < 6; window++) {
            send("users:write", 10, 200, 0);
            time.advance(Duration.ofMillis(2_020 - 50));
        }
        BoundScope bound = recorder.bound(
                scope("family:users:write", ScopeKind.TOKEN, measured.pacedRatePerSecond(), 1_000_000), 1.0);

        assertThat(bound.requests()).isEqualTo(60);
        assertThat(bound.rate() / bound.allowedRate())
                .as("a bucket used in full, not 150% of it")
                .isBetween(0.95, 1.01);
    }

    @Test
    void aRunTheTokenBoundSaysItsOwnFigures() {
        send("users:write", 50, 4.9, 1);
        BoundScope bound = recorder.bound(scope("token", ScopeKind.TOKEN, 10.0, 5_000), 0.4);

        assertThat(bound.token()).isTrue();
        assertThat(bound.requests()).isEqualTo(100);
        String text = ConsoleSummary.render(summary(bound, 10.0), List.of(), 0);
        assertThat(text)
                .contains("  rate        9.80 of 10.00 req/s of the token's limit (98%): all 100 requests over")
                .doesNotContain("  token   ");
    }

    @Test
    void anOrgBucketIsCountedAgainstTheShareAndShowsWhatWasLearnedAsItWasLearned() throws IOException {
        send("users:write", 20, 4, 0);
        recorder.onEvent(new GovernorEvent.LimitLearned(
                new LearnedLimit("users:write", 30, Duration.ofSeconds(5), T0.plusSeconds(5), ScopeKind.ORG, true)));
        send("users:write", 20, 2.4, 0);
        recorder.onEvent(new GovernorEvent.LimitLearned(
                new LearnedLimit("users:write", 40, Duration.ofSeconds(5), T0.plusSeconds(14), ScopeKind.ORG, true)));
        send("users:write", 32, 3.2, 0);
        BoundScope bound = recorder.bound(scope("org:users:write", ScopeKind.ORG, 3.2, 9_000), 0.4);

        assertThat(bound.share()).isEqualTo(0.4);
        assertThat(bound.bucketRate()).isCloseTo(8.0, Offset.offset(1e-9));
        assertThat(bound.learned()).extracting(BoundScope.Learned::limit).containsExactly(30, 40);
        assertThat(bound.learned())
                .extracting(BoundScope.Learned::allowedRate)
                .satisfiesExactly(r -> assertThat(r).isCloseTo(0.4 * 30 / 5, Offset.offset(1e-9)), r -> assertThat(r)
                        .isCloseTo(0.4 * 40 / 5, Offset.offset(1e-9)));
        String text = ConsoleSummary.render(summary(bound, 10.0), List.of(), 0);
        assertThat(text)
                .contains("of 3.20 req/s of the org's users:write bucket (")
                .contains("gcsync's share 0.40 of 8.00 req/s")
                .contains("  learned     30 per 5.0s at 21:00:05 → 40 per 5.0s at 21:00:14 UTC");

        List<TimelinePoint> points = recorder.points(bound, 10.0);
        assertThat(points.get(0).allowedPerSecond())
                .as("unknown before the first estimate")
                .isZero();
        assertThat(points.get(6).allowedPerSecond()).isCloseTo(2.4, Offset.offset(1e-9));
        assertThat(points.get(points.size() - 1).allowedPerSecond()).isCloseTo(3.2, Offset.offset(1e-9));
        assertThat(points).allMatch(p -> p.tokenAllowedPerSecond() == 10.0);
    }

    @Test
    void aRouteBucketCountsTheFamiliesWhoseAnswersAdvertisedIt() {
        recorder.onEvent(new GovernorEvent.Sent("routing:write", 1, time.nanoTime()));
        recorder.onEvent(new GovernorEvent.Answered(
                "routing:write", 200, 1, Optional.of(new RateSignal(180, 10, Duration.ofSeconds(60)))));
        send("users:write", 10, 5, 0);
        BoundScope bound = recorder.bound(scope("bucket:180", ScopeKind.TOKEN, 3.0, 9_000), 0.4);

        assertThat(bound.families()).containsExactly("routing:write");
        assertThat(bound.requests()).isEqualTo(1);
        assertThat(bound.describe()).isEqualTo("the 180-per-window route bucket");
    }

    /** Whatever the mix, the bound scope counts exactly its family's requests, and each second adds up to them. */
    @Property(tries = 60)
    void theBoundScopeCountsItsFamilyAndNothingElse(
            @ForAll @IntRange(min = 1, max = 200) int writes,
            @ForAll @IntRange(min = 0, max = 3) int readsEach,
            @ForAll @IntRange(min = 1, max = 40) int perSecond) {
        VirtualTime t = new VirtualTime(T0);
        TimelineRecorder r = new TimelineRecorder(t);
        long step = 1_000_000_000L / perSecond;
        for (int i = 0; i < writes; i++) {
            r.onEvent(new GovernorEvent.Sent("users:write", 1, t.nanoTime()));
            for (int k = 0; k < readsEach; k++) {
                r.onEvent(new GovernorEvent.Sent("users:read", 1, t.nanoTime()));
            }
            t.advance(Duration.ofNanos(step));
        }
        BoundScope bound = r.bound(scope("family:users:write", ScopeKind.TOKEN, perSecond, 1), 1.0);

        assertThat(bound.requests()).isEqualTo(writes);
        assertThat(r.requests()).isEqualTo((long) writes * (1 + readsEach));
        assertThat(r.points(bound, 50).stream()
                        .mapToLong(TimelinePoint::boundRequests)
                        .sum())
                .isEqualTo(writes);
        assertThat(bound.rate()).isCloseTo(perSecond, Offset.offset(perSecond * 0.01));
    }

    @Test
    void aResumedRunAddsUpTheSameScopeAndCountsAnotherOneAlone() {
        BoundScope first = new BoundScope(
                "family:users:write", "token", List.of("users:write"), 100, 10, 10, 10, 10, 1, List.of());
        BoundScope second =
                new BoundScope("family:users:write", "token", List.of("users:write"), 50, 10, 5, 10, 10, 1, List.of());
        BoundScope other = new BoundScope("token", "token", List.of(), 70, 7, 10, 60, 60, 1, List.of());

        assertThat(second.after(first).requests()).isEqualTo(150);
        assertThat(second.after(first).rate()).isEqualTo(7.5);
        assertThat(other.after(first)).isEqualTo(other);
        assertThat(second.after(null)).isEqualTo(second);
    }
}
