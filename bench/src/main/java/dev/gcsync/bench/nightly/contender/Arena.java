package dev.gcsync.bench.nightly.contender;

import dev.gcsync.bench.nightly.scenario.Desired;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.governor.TimeSource;
import java.nio.file.Path;
import java.util.random.RandomGenerator;

/**
 * What a contender gets: the scenario, its desired state (as values and as a YAML file), the emulator's
 * address and admin surface, a folder of its own, time and randomness, and the time it must stop by.
 *
 * @param deadlineNanos {@link TimeSource#nanoTime()} value after which a contender stops (it is then capped)
 */
public record Arena(
        Scenario scenario,
        Desired desired,
        Path desiredFile,
        String baseUrl,
        Admin admin,
        Path workDir,
        TimeSource time,
        RandomGenerator random,
        long deadlineNanos) {

    public boolean pastDeadline() {
        return time.nanoTime() - deadlineNanos > 0;
    }

    /** The scenario's policy without its daily limit: what the harness sets when it "resets the daily window". */
    public void liftDailyLimit() {
        admin.setPolicy(admin.policy().withDailyLimit(0));
    }
}
