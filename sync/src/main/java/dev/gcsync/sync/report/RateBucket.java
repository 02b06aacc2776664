package dev.gcsync.sync.report;

/**
 * Seconds {@code [fromSecond, toSecond)} of a run, folded into one point of the report's chart.
 *
 * @param requestsPerSecond average requests per second over the bucket (missing seconds count as 0)
 * @param throttled         429s received in the bucket
 * @param pausedMillis      total time the governor held callers in the bucket
 * @param allowedPerSecond  the highest allowed rate of the scope that bound the run seen in the bucket, 0 when unknown
 * @param boundPerSecond    average requests per second that scope counted
 * @param tokenAllowedPerSecond the highest rate the token's own limit allowed in the bucket, 0 when unknown
 */
record RateBucket(
        long fromSecond,
        long toSecond,
        double requestsPerSecond,
        int throttled,
        long pausedMillis,
        double allowedPerSecond,
        double boundPerSecond,
        double tokenAllowedPerSecond) {}
