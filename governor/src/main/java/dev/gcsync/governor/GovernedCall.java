package dev.gcsync.governor;

import java.io.IOException;
import java.util.Optional;

/**
 * One logical request the governor may send several times. {@link #send()} performs exactly one attempt
 * and must be safe to call again (it re-reads credentials, rebuilds the body).
 */
public interface GovernedCall<T> {

    /** The endpoint family, e.g. {@code "users"}; calls of one family may share a separate bucket. */
    String family();

    /** True when sending twice has the effect of sending once (GET, PUT, bulk add/replace, DELETE). */
    boolean idempotent();

    /** One attempt. An {@link IOException} is a transport fault (timeout, reset, refused). */
    Reply<T> send() throws IOException;

    /**
     * This call's own deadline, on the governor's {@link TimeSource#nanoTime()} scale: no attempt starts and
     * no wait begins that would end after it (or after the governor's run deadline, whichever is first); the
     * call then returns {@link Outcome#STOPPED_DEADLINE} with {@code retryAt} set when a wait was cut short.
     * {@link Long#MAX_VALUE} (the default) means none. A proxy holding a client's request uses it to give
     * the request up after its maximum hold.
     */
    default long deadlineNanos() {
        return Long.MAX_VALUE;
    }

    /**
     * The same request through another token of the same OAuth client, one with buckets of its own: the
     * governor sends it once, right after a bucket no header describes first refuses an idempotent call of the
     * family, to ask the server whether that bucket is this token's or shared with other callers (refused too:
     * shared; accepted: the token's own). Offer it only for the families a server may count for a whole org
     * (for Genesys: queue, queue-member and users' routing writes). Empty (the default): never asked.
     */
    default Optional<GovernedCall<T>> viaAnotherToken() {
        return Optional.empty();
    }
}
