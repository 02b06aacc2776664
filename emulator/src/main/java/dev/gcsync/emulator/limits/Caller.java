package dev.gcsync.emulator.limits;

/**
 * Who a request counts for: its token and the OAuth client the token was issued to.
 *
 * @param token      the token's label ("token-1")
 * @param client     the OAuth client id
 * @param background true for the emulator's background traffic: it plays many integrations, each with its own
 *                   tokens, so per-token windows (the token's and {@code scope=token} buckets) do not hold it;
 *                   client- and org-scoped buckets, the org cap and the daily limit count it like anyone
 */
public record Caller(String token, String client, boolean background) {

    /** A caller with its own token. */
    public static Caller of(String token, String client) {
        return new Caller(token, client, false);
    }
}
