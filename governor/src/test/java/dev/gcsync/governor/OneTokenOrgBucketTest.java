package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * One token, and a bucket no header or limit namespace describes (issue 15's night as Genesys' org limits are
 * today): is it the token's own or the org's? One token's refusals cannot tell (the others' refusals are not
 * seen), so the governor asks the server: the refused request once more through another token of the client, in
 * the same window. In virtual time, both window alignments: the org's bucket spent by the others (25%, 55% from
 * the step at a third, 5% from two thirds, thirds of nine windows as in the bench's s5-org), and a bucket of the
 * token alone (profile seed's 50 user writes per window).
 */
class OneTokenOrgBucketTest {
    private static final double SHARE = GovernorConfig.DEFAULT_BUDGET_SHARE;
    private static final int THIRD = 9;

    private static LongToDoubleFunction steps(Duration w) {
        long third = THIRD * w.toNanos();
        return t -> t < third ? 0.25 : t < 2 * third ? 0.55 : 0.05;
    }

    @Property(tries = 12)
    void oneTokenAsksFindsTheOrgsBucketAndFollowsTheOthersDownAndUp(
            @ForAll boolean alignedToTheClock,
            @ForAll @IntRange(min = 40, max = 120) int limit,
            @ForAll @IntRange(min = 5, max = 20) int windowSeconds)
            throws InterruptedException {
        Duration w = Duration.ofSeconds(windowSeconds);
        OrgNight n = OrgNight.run(
                new SimClock(),
                1,
                limit,
                w,
                alignedToTheClock,
                Optional.empty(),
                steps(w),
                4 * THIRD,
                List.of(),
                SHARE,
                true);

        assertThat(n.governors.get(0).learnedLimits())
                .as("the other token was refused in the same window: shared")
                .anySatisfy(l -> {
                    assertThat(l.family()).isEqualTo(OrgServer.FAMILY);
                    assertThat(l.kind()).isEqualTo(ScopeKind.ORG);
                });
        assertThat(n.server.oursRefused)
                .as("our 429s: the one that found it, the question, the others' step")
                .isLessThanOrEqualTo(Math.max(4, n.server.ours / 100));
        double down = SHARE * (1 - 0.55) * limit;
        assertThat(Math.min(n.ours(THIRD + 1), n.ours(THIRD + 2)))
                .as("within two windows of the others' step up: share × what they leave")
                .isLessThanOrEqualTo((int) Math.floor(1.1 * down));
        double up = SHARE * (1 - 0.05) * limit;
        int followedUp = -1;
        for (int i = 2 * THIRD + 1; i <= 2 * THIRD + 10 && followedUp < 0; i++) {
            followedUp = n.ours(i) >= 0.9 * up ? i : -1;
        }
        assertThat(followedUp)
                .as("within ten windows of the others' step down: 0.9 × share × what they leave")
                .isPositive();
        // the others lose requests in the window the bucket is found in and in the one of their step (gcsync
        // notices a step only by a refusal: a pace above what they now leave); none once it follows them
        assertThat(n.backgroundRefusedFrom(THIRD + 2))
                .as("the others' 429s once the pace follows them")
                .isLessThanOrEqualTo(Math.round(0.01 * n.server.background));
    }

    @Property(tries = 12)
    void aBucketOfTheTokenAloneIsToldSoAndStaysPacedInBursts(
            @ForAll boolean alignedToTheClock, @ForAll @IntRange(min = 0, max = 4_999) int phaseMs) {
        long s = 1_000_000_000L;
        VirtualTime time = new VirtualTime();
        HiddenBucketServer token =
                new HiddenBucketServer(300, 5 * s, 50, 5 * s, alignedToTheClock, phaseMs * 1_000_000L);
        HiddenBucketServer other =
                new HiddenBucketServer(300, 5 * s, 50, 5 * s, alignedToTheClock, phaseMs * 1_000_000L);
        Governor governor = new Governor(
                GovernorConfig.defaults(), time, () -> 0.5, new IetfRateLimitParser(), GovernorListener.none());
        long end = 20 * 5 * s;
        long acceptedBy4 = -1;
        while (time.nanoTime() < end) {
            if (acceptedBy4 < 0 && time.nanoTime() >= 4 * 5 * s) {
                acceptedBy4 = token.accepted + other.accepted;
            }
            assertThat(governor.execute(token.call(time, Duration.ofMillis(20), other))
                            .outcome())
                    .isEqualTo(Outcome.SUCCESS);
        }

        assertThat(other.hiddenRefusals).as("the other token was accepted").isZero();
        assertThat(other.accepted).as("asked once a run").isEqualTo(1);
        assertThat(governor.learnedLimits())
                .allSatisfy(l -> assertThat(l.kind()).as("the token's own").isEqualTo(ScopeKind.TOKEN));
        assertThat(governor.metrics().scopes()).extracting(ScopeState::name).noneMatch(n -> n.startsWith("org:"));
        double perWindow = (token.accepted + other.accepted - acceptedBy4) / 16.0;
        assertThat(perWindow)
                .as("the token's own bucket used (in bursts once measured; evenly, just under, when aligned)")
                .isGreaterThanOrEqualTo(alignedToTheClock ? 0.85 * 50 : 0.95 * 50);
        if (!alignedToTheClock) {
            assertThat(token.hiddenRefusals)
                    .as("issue 8's seed night: the refusal that measures it")
                    .isEqualTo(1);
            assertThat(governor.learnedLimits())
                    .allSatisfy(
                            l -> assertThat(l.spread()).as("paced in bursts").isFalse());
        }
    }
}
