package dev.gcsync.proxy;

import java.util.Map;

/**
 * One token's counters as the proxy saw them (a snapshot). {@code token} is the token's hash, never the
 * token.
 *
 * @param token            {@code t-} and 12 hex digits of the token's SHA-256, or {@code anonymous}
 * @param answered         client requests answered, by status
 * @param upstreamRequests attempts sent to the server
 * @param throttledByServer 429s the server sent
 * @param absorbed         of those, the ones the proxy waited out and sent again (the client never saw them)
 * @param surfaced         429s the client got (the hold would have passed {@code --max-hold})
 * @param rejected         503s because the token's queue was full
 * @param waiting          requests waiting for a slot now
 * @param inFlight         requests inside the governor now (paced, paused or on the wire)
 * @param heldSeconds      total time requests spent held by the proxy (not on the wire)
 * @param pacedRate        the governor's current pace for the token, requests per second (0 until known)
 * @param allowedRate      the token's limit as learned from the headers, requests per second (0 until known)
 */
public record TokenStats(
        String token,
        Map<Integer, Long> answered,
        long upstreamRequests,
        long throttledByServer,
        long absorbed,
        long surfaced,
        long rejected,
        int waiting,
        int inFlight,
        double heldSeconds,
        double pacedRate,
        double allowedRate) {

    /** Client requests answered, all statuses. */
    public long answeredTotal() {
        return answered.values().stream().mapToLong(Long::longValue).sum();
    }
}
