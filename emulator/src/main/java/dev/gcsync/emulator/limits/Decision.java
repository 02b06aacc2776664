package dev.gcsync.emulator.limits;

/**
 * The limiter's answer for one request. The header values describe the token's main window, or the
 * window of an advertised bucket the request belongs to.
 *
 * @param allowed          false: answer 429
 * @param count            requests counted in the described window ({@code inin-ratelimit-count})
 * @param limit            the described window's limit ({@code inin-ratelimit-allowed})
 * @param resetMillis      time until the described window resets ({@code inin-ratelimit-reset}, in seconds)
 * @param retryAfterMillis when refused: time until the refusing window resets
 * @param refusedBy        when refused: which limit ("token", a bucket name, "org", "daily"); else null
 */
public record Decision(
        boolean allowed, int count, int limit, long resetMillis, long retryAfterMillis, String refusedBy) {

    /** {@code inin-ratelimit-reset}: whole seconds until the window resets, rounded up. */
    public long resetSeconds() {
        return ceilSeconds(resetMillis);
    }

    /** {@code Retry-After}: whole seconds until the refusing window resets, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, ceilSeconds(retryAfterMillis));
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
