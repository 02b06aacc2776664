package dev.gcsync.bench.nightly.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One contender in one scenario, as {@code bench/results/<scenario>.json} holds it (issue 5's schema).
 *
 * @param wallSeconds   from its first request to its end (gcsync: apply, plus resume in S3)
 * @param requests      requests the server saw (token requests, retries, 429s and faults included)
 * @param minRequests   the scenario's minimum write requests ({@code Minimum#writes()})
 * @param minReads      the scenario's minimum read requests ({@code MinimumReads}): catalogues, user pages,
 *                      member pages of the queues involved, wrap-up codes of the managed queues
 * @param timeOverBound wall ÷ the bound of (minRequests + minReads), each bucket at its rate; null when nothing
 *                      limits the rate (S4)
 * @param timeOverWriteBound wall ÷ the bound of minRequests alone (the writes-only figure); null as above
 * @param responses429  429s the server sent
 * @param usersConverged users that should change and do, read from the server's final state
 * @param usersToChange users whose desired state differs from the initial one
 * @param appliedTwice  write counters above 1
 * @param peakRssMiB    the contender process's peak RSS; null when it ran inside the harness JVM
 * @param org           issue 15's measures (org scenarios and s1-tokens only; left out of the JSON otherwise)
 */
@JsonPropertyOrder({
    "name",
    "wallSeconds",
    "requests",
    "minRequests",
    "minReads",
    "timeOverBound",
    "timeOverWriteBound",
    "responses429",
    "usersConverged",
    "usersToChange",
    "appliedTwice",
    "peakRssMiB",
    "org"
})
public record ContenderResult(
        String name,
        double wallSeconds,
        long requests,
        long minRequests,
        long minReads,
        Double timeOverBound,
        Double timeOverWriteBound,
        long responses429,
        long usersConverged,
        long usersToChange,
        long appliedTwice,
        Double peakRssMiB,
        @JsonInclude(JsonInclude.Include.NON_NULL) OrgMeasures org) {

    /** Without issue 15's measures. */
    public ContenderResult(
            String name,
            double wallSeconds,
            long requests,
            long minRequests,
            long minReads,
            Double timeOverBound,
            Double timeOverWriteBound,
            long responses429,
            long usersConverged,
            long usersToChange,
            long appliedTwice,
            Double peakRssMiB) {
        this(
                name,
                wallSeconds,
                requests,
                minRequests,
                minReads,
                timeOverBound,
                timeOverWriteBound,
                responses429,
                usersConverged,
                usersToChange,
                appliedTwice,
                peakRssMiB,
                null);
    }
}
