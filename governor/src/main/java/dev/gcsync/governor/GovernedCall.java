package dev.gcsync.governor;

import java.io.IOException;

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
}
