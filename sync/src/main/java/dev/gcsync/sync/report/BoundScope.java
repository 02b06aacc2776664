package dev.gcsync.sync.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.List;

/**
 * The rate scope that bound a run (the one that held calls waiting longest, else the token's), counted as that
 * scope counts: only the requests it counts, against its own limit.
 *
 * @param scope       the governor's name of the scope: {@code token}, {@code family:<family>} (a hidden bucket
 *                    of each token), {@code bucket:<limit>} (a smaller bucket some routes advertise),
 *                    {@code client:<family>} or {@code org:<family>}
 * @param kind        where the server counts it: {@code token}, {@code client} or {@code org}
 * @param families    the endpoint families whose requests it counts; empty for the token (it counts every request)
 * @param requests    the requests it counted
 * @param seconds     the time they were sent over: from its first request to its last, plus the bucket's window
 *                    when it was learned (the last requests use it whole), else one interval at
 *                    {@code allowedRate} (the token's: the time gcsync worked on the run)
 * @param rate        {@code requests ÷ seconds}
 * @param allowedRate requests per second gcsync was allowed in it: of an org's bucket, the budget share of it
 * @param bucketRate  requests per second the whole bucket allows (limit ÷ window), the others' part included
 * @param share       the part of {@code bucketRate} gcsync took: {@code --budget-share} for an org's bucket, else 1
 * @param learned     what the governor learned of the bucket during the run, in order (empty when it was
 *                    documented, known from the headers or from earlier runs and did not move)
 */
public record BoundScope(
        String scope,
        String kind,
        List<String> families,
        long requests,
        double seconds,
        double rate,
        double allowedRate,
        double bucketRate,
        double share,
        List<Learned> learned) {

    @JsonCreator
    public BoundScope {
        families = families == null ? List.of() : List.copyOf(families);
        learned = learned == null ? List.of() : List.copyOf(learned);
    }

    /**
     * One estimate of the bucket, as it was learned.
     *
     * @param at            when (wall clock, UTC)
     * @param limit         requests per window
     * @param windowSeconds the window
     * @param allowedRate   what gcsync was allowed from then on: {@code share × limit ÷ window}
     */
    public record Learned(Instant at, int limit, double windowSeconds, double allowedRate) {}

    /** The token's own limit bound the run: {@code requests} (every one) over the {@code seconds} worked. */
    public static BoundScope ofToken(long requests, double seconds, double allowedRate) {
        return new BoundScope(
                "token",
                "token",
                List.of(),
                requests,
                seconds,
                seconds > 0 ? requests / seconds : 0,
                allowedRate,
                allowedRate,
                1.0,
                List.of());
    }

    /**
     * This part of a run after {@code earlier} parts (null: none, or recorded before scopes were counted): the
     * same scope adds up its requests, time and what it learned; another one counts this part alone.
     */
    public BoundScope after(BoundScope earlier) {
        if (earlier == null || !earlier.scope.equals(scope)) {
            return this;
        }
        List<Learned> all = new java.util.ArrayList<>(earlier.learned);
        all.addAll(learned);
        long n = earlier.requests + requests;
        double s = earlier.seconds + seconds;
        return new BoundScope(scope, kind, families, n, s, s > 0 ? n / s : 0, allowedRate, bucketRate, share, all);
    }

    /** The token's own limit bound the run: every request counts. */
    public boolean token() {
        return scope.equals("token");
    }

    /** The family (or route limit) the scope's name holds after its prefix: {@code org:users:write} → {@code users:write}. */
    public String subject() {
        int colon = scope.indexOf(':');
        return colon < 0 ? "" : scope.substring(colon + 1);
    }

    /** The scope in words: "the token's limit", "the hidden users:write bucket", "the org's users:write bucket". */
    public String describe() {
        String prefix = scope.indexOf(':') < 0 ? scope : scope.substring(0, scope.indexOf(':'));
        return switch (prefix) {
            case "token" -> "the token's limit";
            case "family" -> "the hidden " + subject() + " bucket";
            case "bucket" -> "the " + subject() + "-per-window route bucket";
            case "client" -> "the client's " + subject() + " bucket";
            case "org" -> "the org's " + subject() + " bucket";
            default -> "the " + scope + " bucket";
        };
    }
}
