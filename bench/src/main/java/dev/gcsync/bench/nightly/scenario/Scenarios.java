package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.Profile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios of issue 5 with their time scales. The factors are chosen so that all of them, five
 * contenders each, run in under 15 minutes on a 2-core machine; see docs/benchmarks.md.
 */
public final class Scenarios {
    private static final long SEED = 42;
    private static final Duration CAP = Duration.ofMinutes(2);

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return List.of(s1(), s1Seed(), s2(), s3(), s4());
    }

    /** A scenario of {@link #all()} by name, or {@code smoke} (S1 with 100 users). */
    public static Optional<Scenario> named(String name) {
        if ("smoke".equalsIgnoreCase(name)) {
            return Optional.of(smoke(100));
        }
        return all().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** S1: 2,000 users, every user's skills change, 25% join a queue, 5 queues' wrap-up codes change. */
    public static Scenario s1() {
        return new Scenario("s1", "S1 seed org, genesys profile", 2000, SEED, Profile.GENESYS, 30, 1.0, 0.25,
                false, CAP);
    }

    /** S1 under profile {@code seed}: 50 user writes per window per token on top of 300 requests. */
    public static Scenario s1Seed() {
        return new Scenario("s1-seed", "S1 under the seed profile", 2000, SEED, Profile.SEED, 60, 1.0, 0.25,
                false, CAP);
    }

    /** S2: 20,000 users (past the 10,000-result paging cap), 5% changed. */
    public static Scenario s2() {
        return new Scenario("s2", "S2 nightly delta, 20,000 users, 5% changed", 20_000, SEED, Profile.GENESYS, 60,
                0.05, 0.25, false, CAP);
    }

    /** S3: S1 with every fault and one daily-limit 429 mid-run. */
    public static Scenario s3() {
        return new Scenario("s3", "S3 hostile (S1 + every fault + daily limit)", 2000, SEED, Profile.GENESYS, 30,
                1.0, 0.25, true, Duration.ofSeconds(40));
    }

    /** S4: 100,000 users, 2% changed, no limits: plan time, apply time, peak RSS. */
    public static Scenario s4() {
        return new Scenario("s4", "S4 scale, 100,000 users, 2% changed, unlimited", 100_000, SEED, Profile.UNLIMITED,
                60, 0.02, 0.25, false, CAP);
    }

    /** S1 in small: the CI smoke run. */
    public static Scenario smoke(int users) {
        return new Scenario("smoke", "S1 smoke, " + users + " users", users, SEED, Profile.GENESYS, 60, 1.0, 0.25,
                false, Duration.ofSeconds(20));
    }
}
