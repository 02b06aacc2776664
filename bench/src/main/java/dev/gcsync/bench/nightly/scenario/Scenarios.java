package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.Profile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenarios of issue 5 with their time scales and sizes. Every scenario runs at ×12 (5 s windows, the
 * shortest where whole-second {@code Retry-After} and {@code inin-ratelimit-reset} still mean something), and
 * the org sizes are chosen so that all of them, every contender each and a second gcsync night in s1-seed,
 * run in under 15 minutes on a 2-core machine; docs/benchmarks.md gives the arithmetic and what each stands
 * for in real time.
 */
public final class Scenarios {
    private static final long SEED = 42;
    /** ×12: 60 s ÷ 12 = 5 s windows, 60 requests/s per token; the largest factor issue 8 allows. */
    static final int SCALE = 12;

    private static final Duration CAP = Duration.ofMinutes(2);

    private Scenarios() {}

    public static List<Scenario> all() {
        return List.of(s1(), s1Seed(), s2(), s3(), s4());
    }

    /**
     * The scenarios of issue 15, run apart from the full run ({@code bench/scripts/org.sh}: with them the full
     * run would pass 15 minutes): s5-org with gcsync's default share, and s1-tokens.
     */
    public static List<Scenario> org() {
        return List.of(s5Org(DEFAULT_SHARE), s5OrgDocumented(DEFAULT_SHARE), s1Tokens());
    }

    /** A scenario of {@link #all()} or {@link #org()} by name, or {@code smoke} (S1 with 100 users). */
    public static Optional<Scenario> named(String name) {
        if ("smoke".equalsIgnoreCase(name)) {
            return Optional.of(smoke(100));
        }
        return Stream.concat(all().stream(), org().stream())
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /**
     * 0.4: gcsync's default {@code --budget-share} (issue 15: "the part of every org-wide bucket gcsync may use"),
     * what the bench gives gcsync and puts in the org bound unless {@code BENCH_BUDGET_SHARE} says otherwise.
     */
    public static final double DEFAULT_SHARE = 0.4;

    /**
     * S5-org (issue 15): 300 users (every user's skills change, 25% join a queue) under Genesys' token limit plus
     * an org-scoped bucket of 40 writes per 5 s on users' routing writes and queue-member writes, shared with
     * background traffic wanting 25% of it, 55% from a third of the way, 5% from two thirds (the issue's
     * night, 40 per 5 s and ~300 skill changes). The bucket is in no limit namespace (Genesys publishes neither
     * paths nor values): a client learns it from 429s while the others spend it. {@code share}: gcsync's budget
     * share, for the bound.
     */
    public static Scenario s5Org(double share) {
        return new Scenario(
                "s5-org",
                "S5 org-scoped bucket shared with other integrations, 300 users",
                300,
                SEED,
                Profile.GENESYS,
                SCALE,
                1.0,
                0.25,
                false,
                Duration.ofMinutes(4),
                new OrgLoad(40, List.of(0.25, 0.55, 0.05), 0.05, share, false));
    }

    /** S5-org with the bucket listed in the org's limit namespaces (paced from the first request). */
    public static Scenario s5OrgDocumented(double share) {
        Scenario s = s5Org(share);
        return s.named("s5-org-documented", s.title() + ", bucket documented").documented(true);
    }

    /**
     * S6-hosts (issue 16): s5-org's org bucket (40 writes per 5 s on users' routing writes and queue-member writes,
     * undocumented) and background (25% → 55% → 5%), spent by three processes at once: two gcsync applies on
     * disjoint thirds of 150 users and the naive loop on the last third through a gcsync proxy ({@link
     * HostsSplit}). 150 users: all three processes' bucket writes make a bound of about 80 s, so that the run with
     * the budget store and the run without fit in about 6 minutes. The cap is per process.
     */
    public static Scenario s6Hosts(double share, boolean documented) {
        return s5Org(share)
                .named(
                        documented ? "s6-hosts-documented" : "s6-hosts",
                        "S6 three processes on one org bucket shared with other integrations, 150 users"
                                + (documented ? ", bucket documented" : ""))
                .sized(150, Duration.ofSeconds(150))
                .documented(documented);
    }

    /** S1 with one token beside S1 with a pool of four: the time from the first write to the last. */
    public static Scenario s1Tokens() {
        return new Scenario(
                "s1-tokens",
                "S1 seed org, 500 users, one token and a pool of four",
                500,
                SEED,
                Profile.GENESYS,
                SCALE,
                1.0,
                0.25,
                false,
                CAP);
    }

    /** S1: 500 users, every user's skills change, 25% join a queue, 5 queues' wrap-up codes change. */
    public static Scenario s1() {
        return new Scenario(
                "s1",
                "S1 seed org, 500 users, genesys profile",
                500,
                SEED,
                Profile.GENESYS,
                SCALE,
                1.0,
                0.25,
                false,
                CAP);
    }

    /**
     * S1 under profile {@code seed}: 50 user writes per window per token on top of 300 requests. 250 users: the
     * user-write bucket (10 writes/s at ×12) makes its bound 25 s per row (eight rows), and the 0.5% target
     * allows exactly the first 429 a learning client needs (1 of ~290 requests) and no second one.
     */
    public static Scenario s1Seed() {
        return new Scenario(
                "s1-seed",
                "S1 under the seed profile, 250 users",
                250,
                SEED,
                Profile.SEED,
                SCALE,
                1.0,
                0.25,
                false,
                CAP);
    }

    /**
     * S2: 6,000 users, 5% changed. The blind overwrite writes every listed user (~6,200 requests, about 105 s at
     * 60/s), hence its cap; a larger org would take the full run past 15 minutes (S4 covers orgs past the
     * 10,000-result paging cap).
     */
    public static Scenario s2() {
        return new Scenario(
                "s2",
                "S2 nightly delta, 6,000 users, 5% changed",
                6_000,
                SEED,
                Profile.GENESYS,
                SCALE,
                0.05,
                0.25,
                false,
                Duration.ofMinutes(5));
    }

    /**
     * S3: S1 (400 users) with every fault and one daily-limit 429 mid-run; the SDKs park at the daily limit until
     * the cap, which leaves gcsync's apply, resume and two JVM starts room (about 3× the bound).
     */
    public static Scenario s3() {
        return new Scenario(
                "s3",
                "S3 hostile (S1 + every fault + daily limit), 400 users",
                400,
                SEED,
                Profile.GENESYS,
                SCALE,
                1.0,
                0.25,
                true,
                Duration.ofSeconds(30));
    }

    /** S4: 100,000 users, 2% changed, no limits: plan time, apply time, peak RSS; gcsync's plan and apply share the cap. */
    public static Scenario s4() {
        return new Scenario(
                "s4",
                "S4 scale, 100,000 users, 2% changed, unlimited",
                100_000,
                SEED,
                Profile.UNLIMITED,
                SCALE,
                0.02,
                0.25,
                false,
                Duration.ofMinutes(4));
    }

    /** S1 in small: the CI smoke run. */
    public static Scenario smoke(int users) {
        return new Scenario(
                "smoke",
                "S1 smoke, " + users + " users",
                users,
                SEED,
                Profile.GENESYS,
                SCALE,
                1.0,
                0.25,
                false,
                Duration.ofSeconds(30));
    }
}
