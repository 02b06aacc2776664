package dev.gcsync.bench.nightly.report;

/**
 * A table row: the JSON result plus what only the console and docs show.
 *
 * @param queues "converged/to change" for the queues' wrap-up codes
 * @param note   capped, skipped users, stopped and resumed, plan time
 */
public record Row(ContenderResult result, String queues, String note) {}
