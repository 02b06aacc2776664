package dev.gcsync.bench.nightly.contender;

/**
 * What the harness measured around a contender (the verdict comes from the server, not from here).
 *
 * @param wallSeconds from the contender's first request to its end
 * @param peakRssMiB  peak resident set of the contender's own process, or null when it ran inside the
 *                    harness JVM (its memory cannot be told apart from the emulator's)
 * @param note        what else the table should say (capped, stopped and resumed, plan time), or ""
 */
public record Outcome(double wallSeconds, Double peakRssMiB, String note) {}
