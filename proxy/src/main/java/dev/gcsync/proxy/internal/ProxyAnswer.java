package dev.gcsync.proxy.internal;

/** What the proxy answers a client: the server's answer, or its own refusal. */
sealed interface ProxyAnswer {

    /** The server's answer, passed through (status, headers, body). */
    record Passed(UpstreamAnswer answer) implements ProxyAnswer {
    }

    /**
     * The proxy's own answer, in Genesys' error shape.
     *
     * @param retryAfterSeconds the {@code Retry-After} to send, 0 for none
     */
    record Refused(int status, String code, String message, long retryAfterSeconds) implements ProxyAnswer {
    }

    static Refused rateLimited(long seconds, String why) {
        return new Refused(429, "too.many.requests.retry.after", "Rate limit exceeded the maximum. Retry the request"
                + " in [" + seconds + "] seconds (gcsync proxy: " + why + ")", seconds);
    }
}
