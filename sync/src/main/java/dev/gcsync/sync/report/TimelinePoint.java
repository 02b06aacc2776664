package dev.gcsync.sync.report;

/**
 * One second of a run, for the report's request-rate-vs-limit chart.
 *
 * @param second         seconds since the run started
 * @param requests       requests sent during that second
 * @param throttled      429s received during that second
 * @param pausedMillis   how long the governor held every caller during that second
 * @param allowedPerSecond the rate the scope that bound the run allowed at that time (limit ÷ window; of an org's
 *                       bucket the budget share of it), 0 when unknown
 * @param boundRequests  the requests of that second the scope that bound the run counted (all of them when it is
 *                       the token's; 0 in runs recorded before it was counted)
 * @param tokenAllowedPerSecond the rate the token's own limit allowed (every token of a pool added), 0 when
 *                       unknown
 */
public record TimelinePoint(
        long second,
        int requests,
        int throttled,
        long pausedMillis,
        double allowedPerSecond,
        int boundRequests,
        double tokenAllowedPerSecond) {}
