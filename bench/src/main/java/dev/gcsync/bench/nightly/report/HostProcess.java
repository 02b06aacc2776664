package dev.gcsync.bench.nightly.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One of s6-hosts' processes in one run, judged from the server: its requests and 429s are those of the tokens
 * its OAuth client was issued.
 *
 * @param name           {@code gcsync apply A}, {@code gcsync apply B}, {@code naive-loop-via-proxy}
 * @param client         its OAuth client id
 * @param bucketWrites   the fewest writes its work needs on the org bucket (the naive loop's: one per change)
 * @param wallSeconds    from the first request the server saw (of any process: the night's start) to its end
 * @param requests       API requests its tokens sent
 * @param responses429   429s its tokens got
 * @param usersConverged of its users that change, how many match the desired state at the end
 * @param usersToChange  its users that change
 * @param peakRssMiB     its JVM's peak RSS (gcsync apply), null inside the harness's JVM (the proxied loop)
 * @param note           exit code, JVM start, what the proxy absorbed
 */
@JsonPropertyOrder({
    "name",
    "client",
    "bucketWrites",
    "wallSeconds",
    "requests",
    "responses429",
    "usersConverged",
    "usersToChange",
    "peakRssMiB",
    "note"
})
public record HostProcess(
        String name,
        String client,
        long bucketWrites,
        double wallSeconds,
        long requests,
        long responses429,
        long usersConverged,
        long usersToChange,
        Double peakRssMiB,
        String note) {}
