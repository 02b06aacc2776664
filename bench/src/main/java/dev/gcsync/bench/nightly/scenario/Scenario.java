package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.RatePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One nightly-sync scenario: the org, what changes, the server's limits and faults, and the time scale.
 *
 * <p>Time is compressed by {@code timeScale}: the rate-limit window is Genesys' 60 s ÷ timeScale (the limit per
 * window stays 300, so the allowed rate is timeScale × higher), and every real-time quantity the server or a
 * contender uses (latency, latency spikes, token lifetime, membership read lag, the naive loop's sleeps, the
 * SDK's max retry time) is divided by the same factor, so wall ÷ bound keeps its real-time value.
 *
 * @param name           file name of the result, e.g. {@code s1}
 * @param title          one line for the table
 * @param users          users in the org; every one is listed in the desired state
 * @param seed           seed of the org and of the change selection
 * @param profile        the emulator profile (GENESYS, SEED, UNLIMITED)
 * @param timeScale      compression factor, at most {@value #MAX_TIME_SCALE}, dividing 60 (whole-second windows)
 * @param changedShare   fraction of users whose skills change (S1: 1.0, S2: 0.05, S4: 0.02)
 * @param joinShare      fraction of the changed users that also join a queue (25%)
 * @param hostile        every fault on and one daily-limit 429 mid-run (S3)
 * @param contenderCap   wall-clock cap per contender (a capped contender is reported as such)
 * @param org            an org-scoped bucket shared with background traffic (s5-org), or null
 */
public record Scenario(
        String name,
        String title,
        int users,
        long seed,
        Profile profile,
        int timeScale,
        double changedShare,
        double joinShare,
        boolean hostile,
        Duration contenderCap,
        OrgLoad org) {

    /** Genesys' window for {@code client.credentials.token.rate.per.minute}. */
    public static final Duration REAL_WINDOW = Duration.ofSeconds(60);
    /** 10: queues the membership changes spread over. */
    public static final int QUEUES_JOINED = 10;
    /** 5: queues whose wrap-up codes change (two added, one removed each). */
    public static final int WRAPUP_QUEUES = 5;
    /**
     * 12: the largest compression, so that no window is shorter than 5 s (issue 8): with whole-second
     * {@code Retry-After} and {@code inin-ratelimit-reset}, a shorter window would let rounding, not the client,
     * decide the result.
     */
    public static final int MAX_TIME_SCALE = 12;
    /** What profile {@code unlimited} advertises per window here (it refuses nothing whatever it says). */
    public static final int UNLIMITED_ADVERTISED = 1_000_000;

    /** A scenario without org load. */
    public Scenario(
            String name,
            String title,
            int users,
            long seed,
            Profile profile,
            int timeScale,
            double changedShare,
            double joinShare,
            boolean hostile,
            Duration contenderCap) {
        this(name, title, users, seed, profile, timeScale, changedShare, joinShare, hostile, contenderCap, null);
    }

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        if (timeScale < 1 || timeScale > MAX_TIME_SCALE || 60 % timeScale != 0) {
            throw new IllegalArgumentException("timeScale must divide 60 and be at most " + MAX_TIME_SCALE
                    + " (windows of 5 s or more), was " + timeScale);
        }
        if (users < QUEUES_JOINED || changedShare < 0 || changedShare > 1 || joinShare < 0 || joinShare > 1) {
            throw new IllegalArgumentException("users must be >= 10 and shares within 0..1");
        }
    }

    /** This scenario under another name and title (a variant of it). */
    public Scenario named(String newName, String newTitle) {
        return new Scenario(
                newName,
                newTitle,
                users,
                seed,
                profile,
                timeScale,
                changedShare,
                joinShare,
                hostile,
                contenderCap,
                org);
    }

    /** This scenario on {@code n} users, each contender capped at {@code cap}. */
    public Scenario sized(int n, Duration cap) {
        return new Scenario(name, title, n, seed, profile, timeScale, changedShare, joinShare, hostile, cap, org);
    }

    /** This scenario with its org bucket listed in the org's limit namespaces, or not. */
    public Scenario documented(boolean listed) {
        return new Scenario(
                name,
                title,
                users,
                seed,
                profile,
                timeScale,
                changedShare,
                joinShare,
                hostile,
                contenderCap,
                new OrgLoad(org.limit(), org.busy(), org.quiet(), org.share(), listed));
    }

    /** The compressed window (60 s ÷ timeScale). */
    public Duration window() {
        return REAL_WINDOW.dividedBy(timeScale);
    }

    /**
     * The profile's policy with the compressed window. Profile {@code unlimited} refuses nothing but its headers
     * still advertise 300 per 60 s, which a client that paces from {@code inin-ratelimit-*} obeys (gcsync's
     * governor then sends 5 requests/s); so that "unlimited" is unlimited for every contender, the harness
     * makes it advertise {@value #UNLIMITED_ADVERTISED} per window.
     */
    public RatePolicy policy() {
        RatePolicy p = profile.policy();
        if (org != null) {
            List<BucketRule> buckets = new ArrayList<>(p.buckets());
            buckets.add(org.bucket());
            p = p.withBuckets(buckets);
        }
        return p.withLimit(p.enabled() ? p.limit() : UNLIMITED_ADVERTISED, window());
    }

    /** A real-time duration compressed by the time scale. */
    public Duration scaled(Duration real) {
        return real.dividedBy(timeScale);
    }

    /**
     * 20–60 ms of latency (a cloud API seen from a data centre), compressed; S3 adds every fault: 5% 5xx, 1%
     * dropped connections, 1% spikes of 2 s, tokens living 5 windows (Genesys' minimum token lifetime is
     * 5 min), 2% concurrent edits, 10% missing expansions, 5 s membership read lag.
     */
    public Faults faults() {
        Faults f = Faults.none()
                .withLatency(Latency.between(scaled(Duration.ofMillis(20)), scaled(Duration.ofMillis(60))));
        if (!hostile) {
            return f;
        }
        return f.withLatency(f.latency().withSpikes(0.01, scaled(Duration.ofSeconds(2))))
                .withErrorRate(0.05)
                .withDropRate(0.01)
                .withConflictRate(0.02)
                .withMissingExpandRate(0.10)
                .withMemberReadLag(scaled(Duration.ofSeconds(5)))
                .withTokenLifetime(scaled(Duration.ofMinutes(5)));
    }
}
