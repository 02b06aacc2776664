package dev.gcsync.sync.report;

/**
 * One second of a run, for the report's request-rate-vs-limit chart.
 *
 * @param second         seconds since the run started
 * @param requests       requests sent during that second
 * @param throttled      429s received during that second
 * @param pausedMillis   how long the governor held every caller during that second
 * @param allowedPerSecond the rate the server allowed at that time (limit ÷ window), 0 when unknown
 */
public record TimelinePoint(long second, int requests, int throttled, long pausedMillis, double allowedPerSecond) {}
