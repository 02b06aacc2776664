package dev.gcsync.bench.nightly.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One s6-hosts run (all three processes at once, one budget store), judged from the server.
 *
 * @param store              {@code redis} (every process names one Redis) or {@code local} (each its own budget)
 * @param requests           API requests of the three processes (the background's are counted apart)
 * @param responses429       429s they got
 * @param bucketRequests     their requests on the org bucket's routes (allowed and refused)
 * @param bucket429          of those, refused
 * @param bucketWrites       the fewest writes all three need on the bucket (W)
 * @param orgBoundSeconds    W ÷ (share × what the background leaves), integrated over its steps
 * @param slowestSeconds     the longest process time
 * @param slowestOverBound   slowestSeconds ÷ orgBoundSeconds
 * @param spanSeconds        from the night's first request to the last process's end
 * @param backgroundRequests the background's requests while they ran
 * @param background429      of those, refused
 * @param background429Alone what the background meets with nobody else over the same time (virtual time)
 * @param backgroundSeconds  how long the background ran (the span)
 * @param usersConverged     changing users (all three parts) that match the desired state at the end
 * @param usersToChange      changing users
 * @param queuesConverged    managed queues whose wrap-up codes match (apply A's)
 * @param queuesToChange     managed queues
 * @param appliedTwice       write counters above 1
 * @param processes          each process
 */
@JsonPropertyOrder({
    "store",
    "requests",
    "responses429",
    "bucketRequests",
    "bucket429",
    "bucketWrites",
    "orgBoundSeconds",
    "slowestSeconds",
    "slowestOverBound",
    "spanSeconds",
    "backgroundRequests",
    "background429",
    "background429Alone",
    "backgroundSeconds",
    "usersConverged",
    "usersToChange",
    "queuesConverged",
    "queuesToChange",
    "appliedTwice",
    "processes"
})
public record HostsRun(
        String store,
        long requests,
        long responses429,
        long bucketRequests,
        long bucket429,
        long bucketWrites,
        double orgBoundSeconds,
        double slowestSeconds,
        double slowestOverBound,
        double spanSeconds,
        long backgroundRequests,
        long background429,
        long background429Alone,
        double backgroundSeconds,
        long usersConverged,
        long usersToChange,
        long queuesConverged,
        long queuesToChange,
        long appliedTwice,
        List<HostProcess> processes) {
    public HostsRun {
        processes = List.copyOf(processes);
    }

    /** 429s as a share of the processes' requests. */
    public double share429() {
        return requests == 0 ? 0 : (double) responses429 / requests;
    }

    /** The background's 429s beyond what it meets alone, as a share of its requests. */
    public double backgroundOverAlone() {
        return backgroundRequests == 0 ? 0 : (double) (background429 - background429Alone) / backgroundRequests;
    }
}
