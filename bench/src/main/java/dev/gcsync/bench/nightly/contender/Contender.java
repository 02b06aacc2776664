package dev.gcsync.bench.nightly.contender;

/** One way of doing the nightly sync, run against the arena's emulator. */
public interface Contender {
    /** {@code naive-loop}, {@code sdk-retry-1}, {@code sdk-retry-8}, {@code blind-overwrite} or {@code gcsync}. */
    String name();

    Outcome run(Arena arena) throws Exception;

    /** True when the contender stops at a daily limit and the harness lifts it between two runs (gcsync). */
    default boolean stopsAtDailyLimit() {
        return false;
    }
}
