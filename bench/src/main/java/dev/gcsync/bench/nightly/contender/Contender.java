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

    /** Why this contender cannot run in this build (e.g. an option gcsync does not have yet), or null. */
    default String skipReason() {
        return null;
    }

    /** True for the night after the busy one: in an org scenario the background runs at its quiet share. */
    default boolean quietNight() {
        return false;
    }
}
