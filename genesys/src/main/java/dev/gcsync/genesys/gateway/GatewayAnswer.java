package dev.gcsync.genesys.gateway;

import java.util.Optional;

/** What a gateway answers its client for one held request: the server's answer, or its own refusal. */
public sealed interface GatewayAnswer<B> {

    /** The server's answer, passed through as it is (any status: a 5xx on a POST is not replayed). */
    record Passed<B>(B body) implements GatewayAnswer<B> {}

    /**
     * The gateway's own answer, sent in Genesys' error shape ({@link GenesysErrorBody}).
     *
     * @param retryAfterSeconds the {@code Retry-After} to send, 0 for none
     * @param cause             the fault that left the request without an answer, if any
     */
    record Refused<B>(
            Refusal kind, int status, String code, String message, long retryAfterSeconds, Optional<Throwable> cause)
            implements GatewayAnswer<B> {
        /** A request the gateway does not forward (no token, a path it does not route): no Retry-After. */
        public static <B> Refused<B> rejected(int status, String code, String message) {
            return new Refused<>(Refusal.REJECTED, status, code, message, 0, Optional.empty());
        }
    }

    /** Why the gateway answered itself. */
    enum Refusal {
        /** Held as long as allowed, or the server's Retry-After is longer: a 429 with Retry-After. */
        THROTTLED,
        /** The gateway is full or shutting down: a 503 with Retry-After. */
        UNAVAILABLE,
        /** The server did not answer in time: a 504. */
        TIMEOUT,
        /** No answer from the server (reset, refused): a 502. */
        NO_ANSWER,
        /** A request the gateway does not forward. */
        REJECTED
    }
}
