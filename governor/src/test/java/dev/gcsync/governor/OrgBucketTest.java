package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * An org's bucket on {@code users:write}, shared with the org's other integrations, in virtual time
 * ({@link OrgNight}, {@link OrgServer}): the others take 25% of it, then 55% from a third of the night, then 5%
 * from two thirds; gcsync's share is 0.4 (the default). "The bound" of a stretch is what the target
 * counts: share × what the others leave, per window; the target is no more than 1.15 × its time, i.e. at least
 * 1 / 1.15 = 0.87 of that rate.
 */
class OrgBucketTest {
    private static final double SHARE = GovernorConfig.DEFAULT_BUDGET_SHARE;
    private static final int WINDOWS = 60;

    private static LongToDoubleFunction steps(Duration w) {
        long third = WINDOWS / 3 * w.toNanos();
        return t -> t < third ? 0.25 : t < 2 * third ? 0.55 : 0.05;
    }

    /** Our rate over windows [from, to) against share × what the others leave. */
    private static double overBound(OrgNight n, int from, int to, int limit, double others) {
        return n.oursPerWindow(from, to) / (SHARE * (1 - others) * limit);
    }

    @Property(tries = 16)
    void aDocumentedOrgLimitIsPacedFromTheFirstRequestAndLeavesTheOthersTheirShare(
            @ForAll boolean alignedToTheClock,
            @ForAll @IntRange(min = 20, max = 120) int limit,
            @ForAll @IntRange(min = 5, max = 20) int windowSeconds)
            throws InterruptedException {
        Duration w = Duration.ofSeconds(windowSeconds);
        OrgNight n =
                OrgNight.run(1, limit, w, alignedToTheClock, Optional.of(limit), steps(w), WINDOWS, List.of(), SHARE);

        assertThat(n.server.oursRefused).as("our 429s").isLessThanOrEqualTo(n.server.ours / 100);
        assertThat(n.server.backgroundRefused)
                .as("the others' 429s (none alone: they never exceed the bucket)")
                .isLessThanOrEqualTo(n.server.background / 100);
        for (int i = 0; i < WINDOWS; i++) {
            assertThat(n.ours(i))
                    .as("window %d: at most the share of the bucket", i)
                    .isLessThanOrEqualTo((int) Math.ceil(SHARE * limit) + 1);
        }
        assertThat(overBound(n, 1, 20, limit, 0.25)).isGreaterThanOrEqualTo(0.87);
        assertThat(overBound(n, 22, 40, limit, 0.55))
                .as("two windows after the step down")
                .isGreaterThanOrEqualTo(0.87);
        assertThat(overBound(n, 50, 60, limit, 0.05))
                .as("ten windows after the step up")
                .isGreaterThanOrEqualTo(0.87);
    }

    @Property(tries = 10)
    void anUndocumentedOrgBucketIsFoundByAPoolAndThenFollowsTheOthersUpAndDown(
            @ForAll boolean alignedToTheClock,
            @ForAll @IntRange(min = 40, max = 120) int limit,
            @ForAll @IntRange(min = 5, max = 20) int windowSeconds)
            throws InterruptedException {
        Duration w = Duration.ofSeconds(windowSeconds);
        // two tokens: refused in the same window, they show the bucket shared (one token alone takes a bucket
        // nobody documents for its own until refused below its measurement: docs/governor.md)
        OrgNight n =
                OrgNight.run(2, limit, w, alignedToTheClock, Optional.empty(), steps(w), WINDOWS, List.of(), SHARE);

        // the refusals that find the bucket and follow the others (a handful a night) are 1% of a bucket of 40+
        assertThat(n.server.oursRefused).as("our 429s").isLessThanOrEqualTo(n.server.ours / 100);
        // the first windows find the bucket by refusals (nothing documents it): what the others lose then is the
        // price of an undocumented limit; after them, a step of theirs costs them at most a window's overrun
        assertThat(n.backgroundRefusedFrom(2))
                .as("the others' 429s once the bucket is known shared")
                .isLessThanOrEqualTo(Math.round(0.01 * n.server.background));
        assertThat(n.governors.get(0).learnedLimits()).anySatisfy(l -> {
            assertThat(l.family()).isEqualTo(OrgServer.FAMILY);
            assertThat(l.kind())
                    .as("found shared: two tokens refused in one window")
                    .isEqualTo(ScopeKind.ORG);
        });
        assertThat(overBound(n, 22, 40, limit, 0.55)).as("after the step down").isGreaterThanOrEqualTo(0.87);
        assertThat(overBound(n, 50, 60, limit, 0.05))
                .as("ten windows after the step up")
                .isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void twoTokensRefusedInOneWindowShareTheBucketAndTogetherStayUnderIt() throws InterruptedException {
        int limit = 40;
        Duration w = Duration.ofSeconds(5);
        OrgNight n = OrgNight.run(2, limit, w, false, Optional.empty(), t -> 0, 30, List.of(), SHARE);

        assertThat(n.governors.get(0).metrics().scopes())
                .extracting(ScopeState::name)
                .contains("org:users:write");
        assertThat(n.governors.get(1).metrics().scopes())
                .extracting(ScopeState::name)
                .contains("org:users:write");
        assertThat(n.server.oursRefused).as("the refusals that found it, a few").isLessThanOrEqualTo(4);
        for (int i = 3; i < 30; i++) {
            assertThat(n.ours(i)).as("window %d: both tokens together", i).isLessThanOrEqualTo(limit);
        }
        assertThat(n.oursPerWindow(10, 30))
                .as("and the pair still uses its share")
                .isGreaterThanOrEqualTo(0.87 * SHARE * limit);
    }

    @Property(tries = 8)
    void aPoolThatFindsTheBucketCountsWhatAllItsTokensGotInTheRefusingWindow(
            @ForAll @IntRange(min = 2, max = 6) int tokens, @ForAll boolean ask) throws InterruptedException {
        int limit = 40;
        Duration w = Duration.ofSeconds(5);
        // three windows: the first finds the bucket, the two after it hold what was found (no probe upward yet)
        OrgNight n = OrgNight.run(
                new SimClock(), tokens, limit, w, false, Optional.empty(), t -> 0.25, 3, List.of(), SHARE, ask);

        LearnedLimit found = n.governors.get(0).learnedLimits().stream()
                .filter(l -> l.kind() == ScopeKind.ORG)
                .findFirst()
                .orElseThrow();
        // the others left 30 of 40: the pool got about that in the refusing window, each token a part of it; an
        // estimate from one or two tokens' counts would be a half or less and pace the pool far under its share
        assertThat(found.limit())
                .as("the estimate the pool paces at the share of")
                .isGreaterThanOrEqualTo((int) (0.75 * (1 - 0.25) * limit))
                .isLessThanOrEqualTo(limit);
        assertThat(n.ours(1) + n.ours(2))
                .as("the two windows after: the pool at its share of that, not of a part")
                .isGreaterThanOrEqualTo((int) (2 * 0.8 * SHARE * 0.75 * (1 - 0.25) * limit));
    }

    @Test
    void aPoolOfTokensNeverOverSpendsTheOrgScopeTheyShare() throws InterruptedException {
        int limit = 60;
        Duration w = Duration.ofSeconds(5);
        OrgNight n = OrgNight.run(4, limit, w, true, Optional.of(limit), t -> 0.5, 20, List.of(), SHARE);

        assertThat(n.server.oursRefused).isZero();
        assertThat(n.server.backgroundRefused).isZero();
        for (int i = 0; i < 20; i++) {
            assertThat(n.ours(i))
                    .as("window %d: four tokens, one share", i)
                    .isLessThanOrEqualTo((int) (SHARE * limit) + 1);
        }
        assertThat(n.governors).allSatisfy(g -> assertThat(g.metrics().requests())
                .as("every token sends")
                .isPositive());
    }

    @Test
    void aBusyNightsEstimateAgesSoThatItDoesNotCapTheNextNight() throws InterruptedException {
        int limit = 40;
        Duration w = Duration.ofSeconds(5);
        // the busy night (two tokens, which find the bucket shared): the others take 80%; what gcsync learns is a
        // sample of the 20% they left
        OrgNight busy = OrgNight.run(2, limit, w, false, Optional.empty(), t -> 0.8, 30, List.of(), SHARE);
        LearnedLimit learned = busy.governors.get(0).learnedLimits().stream()
                .filter(l -> l.kind() == ScopeKind.ORG)
                .findFirst()
                .orElseThrow();
        assertThat(SHARE * learned.limit())
                .as("the pace it stands for: about what the others left")
                .isLessThanOrEqualTo(0.2 * limit + 2);

        LearnedLimit fresh = withAge(learned, Duration.ofMinutes(1));
        LearnedLimit dayOld = withAge(learned, Duration.ofHours(24));
        OrgNight next = OrgNight.run(1, limit, w, false, Optional.empty(), t -> 0.05, 20, List.of(fresh), SHARE);
        OrgNight nextDay = OrgNight.run(1, limit, w, false, Optional.empty(), t -> 0.05, 20, List.of(dayOld), SHARE);

        assertThat(next.ours(0))
                .as("an hour later: paced at the share of the sample")
                .isLessThanOrEqualTo((int) Math.ceil(SHARE * learned.limit()) + 1);
        assertThat(nextDay.ours(0))
                .as("a day later: four times that (it doubles every 12 h)")
                .isGreaterThanOrEqualTo((int) (0.9 * Math.min(SHARE * 4 * learned.limit(), limit)));
        assertThat(nextDay.oursPerWindow(0, 20))
                .as("the quiet night after the busy one, against its bound")
                .isGreaterThanOrEqualTo(SHARE * 0.95 * limit / 1.1);
        assertThat(nextDay.server.backgroundRefused).isZero();
    }

    private static LearnedLimit withAge(LearnedLimit l, Duration age) {
        return new LearnedLimit(l.family(), l.limit(), l.window(), SimClock.EPOCH.minus(age), l.kind(), l.spread());
    }
}
